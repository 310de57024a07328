import "server-only";

import type { OpenedConnection } from "../../connections/open-connection";
import { createTime4vpsClient, type Time4vpsClient, type Time4vpsCredentials } from "../../providers/hostbill/time4vps-client";
import type { ConnectionContext } from "../../providers/core/types";
import { notFound } from "@/lib/errors/app-error";

/** The Time4VPS client of an opened connection; another kind here is a not-found, never a wrong call. */
export function time4vpsOf(opened: OpenedConnection): Time4vpsClient {
  if (opened.connection.kind !== "time4vps") throw notFound("This DNS connection");
  return createTime4vpsClient(opened.context as ConnectionContext<Time4vpsCredentials>);
}
