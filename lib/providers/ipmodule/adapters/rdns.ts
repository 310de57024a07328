import type { RdnsAdapter } from "@/lib/capabilities/rdns/adapter";
import { AppError } from "@/lib/errors/app-error";

import type { IpmoduleClient } from "../client";

/** ip.php reverse DNS: no address list, so one address is looked up at a time (get_ip, then get_ptr). */
export function ipmoduleRdnsAdapter(client: IpmoduleClient): RdnsAdapter {
  return {
    async lookup(ip) {
      const info = await client.getIp({ ip });
      const serverId = info.server_id;
      const ptr = serverId ? (await client.getPtr({ id: serverId, ip: info.ip })).ptr : (info.ptr ?? "");
      return {
        ref: serverId ? String(serverId) : "",
        refLabel: serverId ? `Server #${serverId}${info.location ? ` · ${info.location}` : ""}` : "Not assigned to a server",
        ip: info.ip,
        ptr,
      };
    },

    ptrWriter() {
      return async (change) => {
        let serverId = change.ref ? Number(change.ref) : undefined;
        if (!serverId) {
          const info = await client.getIp({ ip: change.ip });
          if (!info.server_id) throw new AppError("invalid-input", `${change.ip} is not assigned to a server`);
          serverId = info.server_id;
        }
        const updated = await client.updatePtr({ id: serverId, ip: change.ip, ptr: change.hostname });
        return `PTR set to ${updated.ptr || change.hostname}`;
      };
    },
  };
}
