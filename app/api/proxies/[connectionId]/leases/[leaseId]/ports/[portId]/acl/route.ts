import { defineRead } from "@/lib/actions/define-read";
import { listPortRules } from "@/lib/capabilities/proxies/read-proxies";
import { portParams } from "@/lib/capabilities/proxies/schemas";

/** A port's ACL rules as X4B lists them now; the ACL editor re-reads it after every change. */
export const GET = defineRead({
  name: "proxies.acl",
  params: portParams,
  run: ({ params }, { team }) => listPortRules(team.id, params.connectionId, params.leaseId, params.portId),
});
