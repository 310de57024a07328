import "server-only";

import { capableConnections, type ConnectionRef } from "../core/connections";

/** The team's X4B connections (the only kind offering proxy ACLs). */
export function proxyConnections(teamId: string): Promise<ConnectionRef[]> {
  return capableConnections(teamId, "proxies", ["x4b"]);
}
