import "server-only";

import { withConnection } from "../core/connections";
import { serverClient } from "./client";

export interface ReinstallOptions {
  oses: { value: string; label: string }[];
  scripts: { value: string; label: string }[];
}

/** The OS templates this server may take and the account's init scripts, for the reinstall form. */
export function listReinstallOptions(teamId: string, connectionId: string, serverId: string): Promise<ReinstallOptions> {
  return withConnection(teamId, connectionId, async (opened) => {
    const client = serverClient(opened);
    const [oses, scripts] = await Promise.all([client.listOses({ server_id: serverId }), client.listInitScripts().catch(() => [])]);
    return {
      oses: oses.map((os) => ({ value: os.os, label: os.title || os.os })),
      scripts: scripts.map((script) => ({ value: script.id, label: script.syntax ? `${script.name} (${script.syntax})` : script.name })),
    };
  });
}
