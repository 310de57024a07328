import { defineRead } from "@/lib/actions/define-read";
import { getProxyCatalog } from "@/lib/capabilities/proxies/read-proxies";
import { connectionParams } from "@/lib/capabilities/proxies/schemas";

/** One connection's proxy locations and plans: the reference page's refresh. */
export const GET = defineRead({
  name: "proxies.catalog",
  params: connectionParams,
  run: ({ params }, { team }) => getProxyCatalog(team.id, params.connectionId),
});
