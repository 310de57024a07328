import { parseProviderData } from "../../core/parse";
import { parseInput } from "../input";
import type { PanelCaller } from "../request";
import {
  createAdministratorAnswer,
  createAdministratorInput,
  listAdministratorsAnswer,
  updateAccountAnswer,
  updateAdministratorInput,
  type CreateAdministratorInput,
  type UpdateAdministratorInput,
} from "../schemas";

export function administratorMethods(call: PanelCaller) {
  return {
    /** administrators/new: username, password, email and group_id are required. */
    async createAdministrator(input: CreateAdministratorInput) {
      const data = parseInput(createAdministratorInput, input);
      const answer = await call({ group: "administrators", action: "new", fields: { data } });
      return parseProviderData(createAdministratorAnswer, answer, "administrators/new answer");
    },

    /** administrators/update, naming the administrator by id or username. */
    async updateAdministrator(input: UpdateAdministratorInput) {
      const { id, username, data } = parseInput(updateAdministratorInput, input);
      const answer = await call({ group: "administrators", action: "update", fields: { id, username, data } });
      return parseProviderData(updateAccountAnswer, answer, "administrators/update answer");
    },

    /** administrators/list */
    async listAdministrators() {
      const answer = await call({ group: "administrators", action: "list", idempotent: true });
      return parseProviderData(listAdministratorsAnswer, answer, "administrators/list answer").administrators;
    },
  };
}
