import "server-only";

import { isProviderError } from "../../providers/core/errors";
import { connectionsOffering, withAdapter } from "../core/connections";

export type OutboundAddress = { address: string; via: string } | { address: null; reason: "no-ip-module" | "unreachable"; message?: string };

/**
 * The address Hostdeck calls providers from, as far as it can tell: a network connection of the team answers
 * with the address it sees the call coming from. What an Xtream panel must whitelist.
 */
export async function findOutboundAddress(teamId: string): Promise<OutboundAddress> {
  const connections = await connectionsOffering(teamId, "network");
  if (connections.length === 0) return { address: null, reason: "no-ip-module" };
  let message: string | undefined;
  for (const connection of connections) {
    try {
      const address = await withAdapter(teamId, connection.id, "network", (adapter) => adapter.clientIp());
      return { address, via: connection.label };
    } catch (error) {
      if (!isProviderError(error)) throw error;
      message = `${connection.label}: ${error.userMessage}`;
    }
  }
  return { address: null, reason: "unreachable", message };
}
