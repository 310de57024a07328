import type { ProxiesAdapter } from "@/lib/capabilities/proxies/adapter";
import type { ProxyCatalog } from "@/lib/capabilities/proxies/types";
import { toFailureSummary } from "@/lib/errors/app-error";

import type { ConnectionRef } from "../../core/types";
import type { X4bClient } from "../client";
import { isLeaseService, leaseOf, mapAcl, mapPlan, mapPort, mapServer, mapService, usageOf } from "./proxies-mapping";

/** X4B API v1 proxies: leases, ports and ACLs. Reads go through the connection's read cache (read-policy.ts). */
export function x4bProxiesAdapter(client: X4bClient, connection: ConnectionRef): ProxiesAdapter {
  async function catalog(): Promise<ProxyCatalog> {
    const [servers, plans] = await Promise.all([client.listServers(), client.listPlans()]);
    return { servers: servers.map(mapServer), plans: plans.map(mapPlan) };
  }

  async function leases() {
    const [services, { servers, plans }] = await Promise.all([client.listServices(), catalog()]);
    return services.filter(isLeaseService).map((service) => leaseOf(service, servers, plans));
  }

  return {
    async services() {
      const [services, { servers, plans }] = await Promise.all([client.listServices(), catalog()]);
      return Promise.all(
        services.map(async (service) => {
          // One lease's usage failing empties only its usage cell.
          const usage = isLeaseService(service)
            ? await client.getServiceUsage({ lease: service.id }).then(
                (value) => ({ ok: true as const, value }),
                (error: unknown) => ({ ok: false as const, message: toFailureSummary(error, "x4b usage").message }),
              )
            : null;
          return mapService(connection, service, servers, plans, usage);
        }),
      );
    },

    leases,

    async usage(leaseId) {
      const [usage, all] = await Promise.all([client.getServiceUsage({ lease: leaseId }), leases()]);
      return usageOf(usage, all.find((lease) => lease.id === leaseId)?.plan ?? null);
    },

    catalog,

    async deleteLease(leaseId) {
      await client.deleteService({ lease: leaseId });
    },

    async ports(leaseId) {
      return (await client.listPorts({ lease: leaseId })).map(mapPort);
    },

    async addPort(leaseId, port) {
      return mapPort(await client.addPort({ service: leaseId, port }));
    },

    async updatePort(portId, change) {
      return mapPort(await client.updatePort({ id: portId, port: change }));
    },

    async deletePorts(leaseId, port) {
      return (await client.deletePort({ service: leaseId, port })).deleted;
    },

    async rules({ leaseId, portId }) {
      return (await client.listAcls({ service: leaseId, portId })).map(mapAcl);
    },

    async addRule({ leaseId, portId }, rule, placement) {
      await client.addAcl({ service: leaseId, portId, mask: rule.mask, mode: rule.mode, order: placement });
    },

    async deleteRule({ leaseId, portId }, mask) {
      await client.deleteAcl({ service: leaseId, portId, mask });
    },
  };
}
