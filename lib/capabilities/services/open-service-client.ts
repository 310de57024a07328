import "server-only";

import { notFound } from "@/lib/actions/result";
import { withConnection } from "@/lib/capabilities/core/connections";
import { getProvider } from "@/lib/providers/core/registry";
import type { ConnectionContext } from "@/lib/providers/core/types";
import { createTime4vpsClient, type Time4vpsClient, type Time4vpsCredentials } from "@/lib/providers/hostbill/time4vps-client";
import { createXsserverClient, type XsserverClient, type XsserverCredentials } from "@/lib/providers/hostbill/xsserver-client";

import type { RowContext } from "./map-time4vps";

export type ServiceClient = { kind: "time4vps"; client: Time4vpsClient } | { kind: "xsserver"; client: XsserverClient };

export interface ServiceConnection {
  service: ServiceClient;
  rowContext: Omit<RowContext, "currency">;
  connection: { id: string; label: string };
}

/**
 * One of the team's Time4VPS or XSServer connections with its client (team-scoped: another team's id, or a
 * connection of another kind, is not found).
 */
export async function withServiceClient<T>(teamId: string, connectionId: string, worker: (opened: ServiceConnection) => Promise<T>): Promise<T> {
  return withConnection(teamId, connectionId, async (opened) => {
    const kind = opened.connection.kind;
    const connection = { id: opened.connection.id, label: opened.connection.label };
    const base = { connection, rowContext: { connectionId: connection.id, connectionLabel: connection.label, providerLabel: opened.provider.label } };
    if (kind === "time4vps") {
      return worker({ ...base, service: { kind, client: createTime4vpsClient(opened.context as ConnectionContext<Time4vpsCredentials>) } });
    }
    if (kind === "xsserver") {
      return worker({ ...base, service: { kind, client: createXsserverClient(opened.context as unknown as ConnectionContext<XsserverCredentials>) } });
    }
    throw notFound("This connection");
  });
}

export function providerLabelOf(kind: "time4vps" | "xsserver"): string {
  return getProvider(kind).label;
}
