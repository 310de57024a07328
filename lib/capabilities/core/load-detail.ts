import "server-only";

import { notFound } from "next/navigation";

import { ActionError } from "../../actions/result";
import { isProviderError } from "../../providers/core/errors";

export type Loaded<T> = { ok: true; value: T } | { ok: false; message: string };

/** An id the provider does not know (or cannot parse), or another team's connection: the page does not exist. */
export function isMissing(error: unknown): boolean {
  if (error instanceof ActionError) return error.code === "not-found";
  return isProviderError(error) && (error.kind === "not-found" || error.kind === "invalid-input");
}

/**
 * Detail pages: a missing item is a 404; any other provider failure is a message the page shows in place
 * of the item, so the shell and navigation stay usable. Anything else is a bug and is thrown.
 */
export async function loadDetail<T>(load: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, value: await load() };
  } catch (error) {
    if (isMissing(error)) notFound();
    if (isProviderError(error)) return { ok: false, message: error.userMessage };
    throw error;
  }
}
