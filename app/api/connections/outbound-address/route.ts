import { defineRead } from "@/lib/actions/define-read";
import { findOutboundAddress } from "@/lib/capabilities/network/outbound-address";

/** The address the team's ip.php module sees Hostdeck calling from (what an Xtream panel must whitelist). */
export const GET = defineRead({
  name: "connections.outbound-address",
  run: (_input, { team }) => findOutboundAddress(team.id),
});
