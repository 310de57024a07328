import { parseProviderData } from "../../core/parse";
import { parseInput } from "../input";
import type { PanelCaller } from "../request";
import {
  createMagAnswer,
  createMagInput,
  deletedAnswer,
  magInfoAnswer,
  magRefInput,
  updateMagAnswer,
  updateMagInput,
  type CreateMagInput,
  type MagRefInput,
  type UpdateMagInput,
} from "../schemas";

export function magMethods(call: PanelCaller) {
  return {
    /** mag/new: the MAC goes inside data[], like every other field of the device. */
    async createMag(input: CreateMagInput) {
      const data = parseInput(createMagInput, input);
      const answer = await call({ group: "mag", action: "new", fields: { data } });
      return parseProviderData(createMagAnswer, answer, "mag/new answer");
    },

    /** mag/update: the device is named by mac_address beside data[]. */
    async updateMag(input: UpdateMagInput) {
      const { mac_address, data } = parseInput(updateMagInput, input);
      const answer = await call({ group: "mag", action: "update", fields: { mac_address, data } });
      return parseProviderData(updateMagAnswer, answer, "mag/update answer");
    },

    /** mag/delete */
    async deleteMag(input: MagRefInput) {
      const { mac_address } = parseInput(magRefInput, input);
      const answer = await call({ group: "mag", action: "delete", fields: { mac_address } });
      return parseProviderData(deletedAnswer, answer, "mag/delete answer");
    },

    /** mag/info */
    async getMagInfo(input: MagRefInput) {
      const { mac_address } = parseInput(magRefInput, input);
      const answer = await call({ group: "mag", action: "info", fields: { mac_address }, idempotent: true });
      return parseProviderData(magInfoAnswer, answer, "mag/info answer");
    },
  };
}
