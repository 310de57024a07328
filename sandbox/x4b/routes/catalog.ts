import type { X4bModule } from "./types";

/** Server/all: proxy locations with the addresses still free there. */
export const serverModule: X4bModule = {
  all: {
    handle: ({ state }) =>
      state.servers.map((server) => ({
        id: String(server.id),
        name: server.name,
        flag: server.flag,
        available_proxies_v4: server.availableV4,
        available_proxies_v6: server.availableV6,
      })),
  },
};

/** Plan/all */
export const planModule: X4bModule = {
  all: {
    handle: ({ state }) => state.plans.map((plan) => ({ id: String(plan.id), name: plan.name, gb: String(plan.gb), bill: plan.bill })),
  },
};
