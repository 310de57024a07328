import "server-only";

import { notFound } from "@/lib/errors/app-error";
import type { OpenedConnection } from "../../connections/open-connection";
import type { ConnectionContext } from "../../providers/core/types";
import { createXsserverClient, type XsserverCredentials } from "../../providers/hostbill/xsserver-client";

/** Kinds with a support desk API (Time4VPS documents none). */
export const TICKET_KINDS = ["xsserver"] as const;

export function ticketClient(opened: OpenedConnection) {
  if (opened.connection.kind !== "xsserver") throw notFound("This connection's support desk");
  return createXsserverClient(opened.context as unknown as ConnectionContext<XsserverCredentials>);
}

/** Filled in as the connection is opened, for the action's audit row. */
export type AuditConnection = { connection?: { id: string; label: string } };
