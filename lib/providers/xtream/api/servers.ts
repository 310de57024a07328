import { parseProviderData } from "../../core/parse";
import { parseInput } from "../input";
import type { PanelCaller } from "../request";
import {
  listServersAnswer,
  serverRefInput,
  updateServerAnswer,
  updateServerInput,
  viewServerAnswer,
  type ServerRefInput,
  type UpdateServerInput,
} from "../schemas";

export function serverMethods(call: PanelCaller) {
  return {
    /** servers/list: main server and load balancers with their status. */
    async listServers() {
      const answer = await call({ group: "servers", action: "list", idempotent: true });
      return parseProviderData(listServersAnswer, answer, "servers/list answer").servers;
    },

    /** servers/view: one server by id (no POST data; the id travels in the URL). */
    async viewServer(input: ServerRefInput) {
      const { id } = parseInput(serverRefInput, input);
      const answer = await call({ group: "servers", action: "view", query: { id }, idempotent: true });
      return parseProviderData(viewServerAnswer, answer, "servers/view answer").server_info;
    },

    /** servers/update: server_ip and vpn_ip are checked here before the panel checks them again. */
    async updateServer(input: UpdateServerInput) {
      const { id, data } = parseInput(updateServerInput, input);
      const answer = await call({ group: "servers", action: "update", fields: { id, data } });
      return parseProviderData(updateServerAnswer, answer, "servers/update answer");
    },
  };
}
