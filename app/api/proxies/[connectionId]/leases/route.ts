import { defineRead } from "@/lib/actions/define-read";
import { listConnectionProxies } from "@/lib/capabilities/proxies/read-proxies";
import { connectionParams } from "@/lib/capabilities/proxies/schemas";

/** One connection's services with usage: the Proxies list's refresh. */
export const GET = defineRead({
  name: "proxies.list",
  params: connectionParams,
  run: ({ params }, { team }) => listConnectionProxies(team.id, params.connectionId),
});
