import "server-only";

import { notFound } from "@/lib/errors/app-error";
import type { OpenedConnection } from "../../connections/open-connection";
import type { ConnectionContext } from "../../providers/core/types";
import { createXsserverClient, type XsserverClient, type XsserverCredentials } from "../../providers/hostbill/xsserver-client";
import { createTime4vpsClient, type Time4vpsClient, type Time4vpsCredentials } from "../../providers/hostbill/time4vps-client";
import { createIpmoduleClient, type IpmoduleClient } from "../../providers/ipmodule/client";
import type { IpmoduleCredentials } from "../../providers/ipmodule/definition";

export type RdnsClient =
  | { kind: "time4vps"; client: Time4vpsClient }
  | { kind: "xsserver"; client: XsserverClient }
  | { kind: "ipmodule"; client: IpmoduleClient };

/** The reverse-DNS client of an opened connection, by kind. */
export function rdnsClientOf(opened: OpenedConnection): RdnsClient {
  switch (opened.connection.kind) {
    case "time4vps":
      return { kind: "time4vps", client: createTime4vpsClient(opened.context as ConnectionContext<Time4vpsCredentials>) };
    case "xsserver":
      return { kind: "xsserver", client: createXsserverClient(opened.context as unknown as ConnectionContext<XsserverCredentials>) };
    case "ipmodule":
      return { kind: "ipmodule", client: createIpmoduleClient(opened.context as ConnectionContext<IpmoduleCredentials>) };
    default:
      throw notFound("This reverse DNS connection");
  }
}
