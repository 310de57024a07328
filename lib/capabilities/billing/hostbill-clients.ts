import "server-only";

import type { OpenedConnection } from "../../connections/open-connection";
import { createTime4vpsClient, type Time4vpsClient, type Time4vpsCredentials } from "../../providers/hostbill/time4vps-client";
import { createXsserverClient, type XsserverClient, type XsserverCredentials } from "../../providers/hostbill/xsserver-client";
import type { ConnectionContext } from "../../providers/core/types";
import { notFound } from "@/lib/errors/app-error";

export type HostbillClient = { kind: "time4vps"; client: Time4vpsClient } | { kind: "xsserver"; client: XsserverClient };

/** The HostBill client of a connection (Time4VPS or XSServer preset); other kinds have no billing API. */
export function hostbillClientFor(opened: OpenedConnection): HostbillClient {
  if (opened.connection.kind === "time4vps") {
    return { kind: "time4vps", client: createTime4vpsClient(opened.context as ConnectionContext<Time4vpsCredentials>) };
  }
  if (opened.connection.kind === "xsserver") {
    return { kind: "xsserver", client: createXsserverClient(opened.context as unknown as ConnectionContext<XsserverCredentials>) };
  }
  throw notFound("This connection's billing account");
}
