import { parseProviderData } from "../../core/parse";
import { parseInput } from "../input";
import type { PanelCaller } from "../request";
import {
  addCreditsAnswer,
  addCreditsInput,
  createResellerAnswer,
  createResellerInput,
  listResellersAnswer,
  updateAccountAnswer,
  updateResellerInput,
  type AddCreditsInput,
  type CreateResellerInput,
  type UpdateResellerInput,
} from "../schemas";

export function resellerMethods(call: PanelCaller) {
  return {
    /** resellers/new: `name` is the reseller's account name; a missing password is generated and returned. */
    async createReseller(input: CreateResellerInput) {
      const data = parseInput(createResellerInput, input);
      const answer = await call({ group: "resellers", action: "new", fields: { data } });
      return parseProviderData(createResellerAnswer, answer, "resellers/new answer");
    },

    /** resellers/update: data.credits sets the balance outright. */
    async updateReseller(input: UpdateResellerInput) {
      const { id, username, data } = parseInput(updateResellerInput, input);
      const answer = await call({ group: "resellers", action: "update", fields: { id, username, data } });
      return parseProviderData(updateAccountAnswer, answer, "resellers/update answer");
    },

    /** resellers/add_credits: adds to the balance (a negative amount takes back, never below zero). */
    async addResellerCredits(input: AddCreditsInput) {
      const { id, username, credits } = parseInput(addCreditsInput, input);
      const answer = await call({ group: "resellers", action: "add_credits", fields: { id, username, credits } });
      return parseProviderData(addCreditsAnswer, answer, "resellers/add_credits answer");
    },

    /** resellers/list */
    async listResellers() {
      const answer = await call({ group: "resellers", action: "list", idempotent: true });
      return parseProviderData(listResellersAnswer, answer, "resellers/list answer").resellers;
    },
  };
}
