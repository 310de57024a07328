import type { NetworkAdapter } from "@/lib/capabilities/network/adapter";

import type { IpmoduleClient } from "../client";

/** ip.php (HOSTKEY InvAPI) network tools: every read is one action of the module. */
export function ipmoduleNetworkAdapter(client: IpmoduleClient): NetworkAdapter {
  return {
    async clientIp() {
      return (await client.getClientIp()).ip;
    },

    async ipDetails(ip) {
      const info = await client.getIp({ ip });
      return {
        ip: info.ip,
        network: info.network,
        mask: info.mask,
        gateway: info.gateway,
        prefix: info.prefix,
        broadcast: info.broadcast,
        vlan: info.vlan,
        location: info.location,
        serverId: info.server_id,
        main: info.main,
        ipmi: info.ipmi,
        description: info.description,
        ptr: info.ptr,
      };
    },

    async freeIps(location, excludeSpecial) {
      const result = await client.listFreeIp({ location, excludeSpecial });
      return { location: ("location" in result && typeof result.location === "string" ? result.location : undefined) ?? location, ips: result.ips };
    },

    /** get_traffic twice: the summary (GB) and the detailed points (bytes). */
    async traffic(ip, from, to) {
      const [summary, detail] = await Promise.all([
        client.getTraffic({ ip, periodStart: from, periodStop: to, summary: true }),
        client.getTraffic({ ip, periodStart: from, periodStop: to, summary: false }),
      ]);
      return { ip: summary.ip, summary: { inGb: summary.in, outGb: summary.out }, points: detail.data };
    },

    async setMainIp(serverId, ip) {
      const result = await client.setMain({ id: serverId, ip, main: 1 });
      return { serverId: String(result.id), ip: result.ip };
    },
  };
}
