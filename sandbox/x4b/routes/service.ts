import { findLease, findService, requireLease } from "./lookup";
import type { X4bModule } from "./types";

export const serviceModule: X4bModule = {
  /** Service/all: leases carry {addr, server, plan}; unsupported services carry no data. */
  all: {
    handle: ({ state, account }) =>
      state.services
        .filter((service) => service.accountId === account.id)
        .map((service) =>
          service.type === "lease" && service.lease
            ? {
                id: String(service.id),
                type: "lease",
                data: { addr: service.lease.addr, server: String(service.lease.serverId), plan: String(service.lease.planId) },
              }
            : { id: String(service.id), type: service.type },
        ),
  },

  /** Service/delete: the lease, its ports and their ACLs are gone. */
  delete: {
    handle: ({ state, account, args }) => {
      const service = requireLease(findService(state, account, args));
      const portIds = new Set(state.ports.filter((port) => port.serviceId === service.id).map((port) => port.id));
      state.acls = state.acls.filter((acl) => !portIds.has(acl.portId));
      state.ports = state.ports.filter((port) => port.serviceId !== service.id);
      state.services = state.services.filter((row) => row !== service);
      return true;
    },
  },

  /** Service/usage: traffic used this billing period. */
  usage: {
    handle: ({ state, account, args }) => {
      const { lease } = findLease(state, account, args);
      return { used: lease.usedGb, unit: "GB" };
    },
  },
};
