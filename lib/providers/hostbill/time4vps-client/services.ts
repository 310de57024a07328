import type { z } from "zod";

import { parseInput } from "../../core/input";
import { bodyWithout } from "../request-body";
import * as s from "../time4vps-schemas";
import { segment, type HostbillCore } from "../transport";

type In<S extends z.ZodType> = z.input<S>;

export function serviceMethods(core: HostbillCore) {
  return {
    listServices: async () => (await core.get("/service", s.serviceListResponse)).services,

    getService: async (input: In<typeof s.serviceIdInput>) => {
      const { id } = parseInput(s.serviceIdInput, input);
      return (await core.get(`/service/${segment(id)}`, s.serviceResponse)).service;
    },

    listServiceMethods: async (input: In<typeof s.serviceIdInput>) => {
      const { id } = parseInput(s.serviceIdInput, input);
      return (await core.get(`/service/${segment(id)}/methods`, s.serviceMethodsResponse)).methods;
    },

    getUpgradeOptions: async (input: In<typeof s.serviceIdInput>) => {
      const { id } = parseInput(s.serviceIdInput, input);
      return core.get(`/service/${segment(id)}/upgrade`, s.upgradeOptionsResponse);
    },

    /** `send: false` (default) only estimates; `send: true` places the upgrade order. */
    requestUpgrade: async (input: In<typeof s.upgradeRequestInput>) => {
      const value = parseInput(s.upgradeRequestInput, input);
      return core.post(`/service/${segment(value.id)}/upgrade`, s.upgradeRequestResponse, bodyWithout(value, "id"));
    },

    cancelService: async (input: In<typeof s.cancelServiceInput>) => {
      const { id, immediate, reason } = parseInput(s.cancelServiceInput, input);
      return core.post(`/service/${segment(id)}/cancel`, s.cancelResponse, { immediate: immediate ? "true" : "false", reason });
    },

    getServiceLabel: async (input: In<typeof s.serviceIdInput>) => {
      const { id } = parseInput(s.serviceIdInput, input);
      return (await core.get(`/service/${segment(id)}/label`, s.labelResponse)).label;
    },

    setServiceLabel: async (input: In<typeof s.setLabelInput>) => {
      const { id, label } = parseInput(s.setLabelInput, input);
      return core.post(`/service/${segment(id)}/label`, s.setLabelResponse, { label });
    },

    getServiceIdFromOrder: async (input: In<typeof s.orderLookupInput>) => {
      const { order_num } = parseInput(s.orderLookupInput, input);
      return (await core.get(`/service/order/${segment(order_num)}`, s.orderLookupResponse)).account_id;
    },

    orderAddon: async (input: In<typeof s.orderAddonInput>) => {
      const { id, addon_id } = parseInput(s.orderAddonInput, input);
      return core.post(`/service/${segment(id)}/addon`, s.addonOrderResponse, { addon_id });
    },

    listAddons: async (input: In<typeof s.serviceIdInput>) => {
      const { id } = parseInput(s.serviceIdInput, input);
      return core.get(`/service/${segment(id)}/addon`, s.addonListResponse);
    },
  };
}
