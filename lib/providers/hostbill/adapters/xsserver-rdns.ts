import type { RdnsAdapter } from "@/lib/capabilities/rdns/adapter";
import { AppError } from "@/lib/errors/app-error";

import type { XsserverClient } from "../xsserver-client";
import { discoverXsserverServices } from "./xsserver-service-discovery";

/** XSServer reverse DNS: the IPs of every service found on the account's invoices, each with its PTR. */
export function xsserverRdnsAdapter(client: XsserverClient): RdnsAdapter {
  return {
    async list() {
      const services = await discoverXsserverServices(client);
      const lists = await Promise.all(
        services.map(async (service) => {
          const entries = await client.getReverseDns({ serviceId: Number(service.id) });
          return entries.map((entry) => ({ ref: service.id, refLabel: service.product || `Service #${service.id}`, ip: entry.ipaddress, ptr: entry.hostname }));
        }),
      );
      return lists.flat();
    },

    ptrWriter() {
      return async (change) => {
        if (!change.ref) throw new AppError("invalid-input", `${change.ip} is not an address of a listed service`);
        await client.updateReverseDns({ serviceId: Number(change.ref), entries: { [change.ip]: change.hostname } });
        return `PTR set to ${change.hostname}`;
      };
    },
  };
}
