import { parseProviderData } from "../../core/parse";
import { parseInput } from "../input";
import type { PanelCaller } from "../request";
import {
  createLineAnswer,
  createLineInput,
  deletedAnswer,
  lineInfoAnswer,
  lineRefInput,
  updateLineAnswer,
  updateLineInput,
  type CreateLineInput,
  type LineRefInput,
  type UpdateLineInput,
} from "../schemas";

export function lineMethods(call: PanelCaller) {
  return {
    /** line/new. Blank username/password: the panel generates them and returns them. */
    async createLine(input: CreateLineInput = {}) {
      const data = parseInput(createLineInput, input);
      const answer = await call({ group: "line", action: "new", fields: { data } });
      return parseProviderData(createLineAnswer, answer, "line/new answer");
    },

    /** line/update. `expire_date` counts from now, not from the line's current expiry (the document says so). */
    async updateLine(input: UpdateLineInput) {
      const { username, data } = parseInput(updateLineInput, input);
      const answer = await call({ group: "line", action: "update", fields: { username, data } });
      return parseProviderData(updateLineAnswer, answer, "line/update answer");
    },

    /** line/delete */
    async deleteLine(input: LineRefInput) {
      const { username } = parseInput(lineRefInput, input);
      const answer = await call({ group: "line", action: "delete", fields: { username } });
      return parseProviderData(deletedAnswer, answer, "line/delete answer");
    },

    /** line/info: the line, its active connections and the channel ids its bouquets give. */
    async getLineInfo(input: LineRefInput) {
      const { username } = parseInput(lineRefInput, input);
      const answer = await call({ group: "line", action: "info", fields: { username }, idempotent: true });
      return parseProviderData(lineInfoAnswer, answer, "line/info answer");
    },
  };
}
