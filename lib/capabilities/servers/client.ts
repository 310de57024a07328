import "server-only";

import { notFound } from "@/lib/errors/app-error";
import type { OpenedConnection } from "../../connections/open-connection";
import { isProviderError } from "../../providers/core/errors";
import type { ConnectionContext } from "../../providers/core/types";
import { createTime4vpsClient, type Time4vpsCredentials } from "../../providers/hostbill/time4vps-client";

/** Provider kinds that offer server management (Time4VPS only, today). */
export const serverKinds = ["time4vps"] as const;

/** The Time4VPS client of an opened connection; a connection of another kind has no servers here. */
export function serverClient(opened: OpenedConnection) {
  if (opened.connection.kind !== "time4vps") throw notFound("This server");
  return createTime4vpsClient(opened.context as ConnectionContext<Time4vpsCredentials>);
}

/** A message fit for the page, whatever failed (provider, missing connection, bug). */
export function describeFailure(error: unknown): { kind: string; message: string } {
  if (isProviderError(error)) return { kind: error.kind, message: error.userMessage };
  if (error instanceof Error && error.name === "AppError") return { kind: "not-found", message: error.message };
  console.error("[servers] unexpected error", error instanceof Error ? `${error.name}: ${error.message}` : "unknown");
  return { kind: "internal", message: "Something went wrong; the details are in the server log." };
}

/** Runs `work` over `items` with at most `limit` in flight, keeping the input order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
