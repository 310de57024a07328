import "server-only";

import { isProviderError } from "../../providers/core/errors";
import { withConnection } from "../core/connections";
import { mapPort } from "./map";
import type { ProxyPort } from "./types";
import { x4bClientOf } from "./x4b";

export interface LeaseHttpPorts {
  leaseId: number;
  addr: string;
  ports: ProxyPort[];
  error: string | null;
}

/** The HTTP ports (the only ones with ACLs) of every lease of one connection, for bulk ACL changes. */
export async function listHttpPorts(teamId: string, connectionId: string): Promise<{ connection: { id: string; label: string }; leases: LeaseHttpPorts[] }> {
  return withConnection(teamId, connectionId, async (opened) => {
    const client = x4bClientOf(opened);
    const services = await client.listServices();
    const leases = await Promise.all(
      services
        .filter((s) => s.type === "lease")
        .map(async (s) => {
          const addr = (s as { data: { addr: string } }).data.addr;
          try {
            const ports = (await client.listPorts({ lease: s.id })).map(mapPort).filter((p) => p.type === "http");
            return { leaseId: s.id, addr, ports, error: null };
          } catch (error) {
            return { leaseId: s.id, addr, ports: [], error: isProviderError(error) ? error.userMessage : "Ports could not be read." };
          }
        }),
    );
    return { connection: { id: opened.connection.id, label: opened.connection.label }, leases };
  });
}
