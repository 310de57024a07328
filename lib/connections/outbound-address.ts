import "server-only";

import { withConnection } from "../capabilities/core/connections";
import { db } from "../db/client";
import { isProviderError } from "../providers/core/errors";
import { createIpmoduleClient } from "../providers/ipmodule/client";
import { ipmoduleCredentials } from "../providers/ipmodule/definition";

export type OutboundAddress =
  | { address: string; via: string }
  | { address: null; reason: "no-ip-module" | "unreachable"; message?: string };

/**
 * The address Hostdeck calls providers from, as far as it can tell: the team's ip.php module answers
 * `get_client_ip` with the address it sees the call coming from. What an Xtream panel must whitelist.
 */
export async function findOutboundAddress(teamId: string): Promise<OutboundAddress> {
  const modules = await db().connection.findMany({ where: { teamId, kind: "ipmodule" }, orderBy: { createdAt: "asc" }, select: { id: true, label: true } });
  if (modules.length === 0) return { address: null, reason: "no-ip-module" };
  let message: string | undefined;
  for (const ipModule of modules) {
    try {
      const { ip } = await withConnection(teamId, ipModule.id, (opened) =>
        createIpmoduleClient({ ...opened.context, credentials: ipmoduleCredentials.parse(opened.context.credentials) }).getClientIp(),
      );
      return { address: ip, via: ipModule.label };
    } catch (error) {
      if (!isProviderError(error)) throw error;
      message = `${ipModule.label}: ${error.userMessage}`;
    }
  }
  return { address: null, reason: "unreachable", message };
}
