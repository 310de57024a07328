import { defineReadPolicy } from "../core/read-cache/policy";
import type { X4bClient } from "./client";

/** Which X4B calls are reads, how long each may be reused, and what each change makes stale. */
export const x4bReadPolicy = defineReadPolicy<X4bClient>({
  reads: {
    login: "never",
    // Servers carry the count of free proxies per location, which the reference page shows: a list, not a catalogue.
    listServers: "list",
    listPlans: "catalogue",
    listServices: "list",
    getServiceUsage: "usage",
    listPorts: "list",
    // A rule move or a rule added at a position is planned on the port's rules as they are now (X4B has no move
    // call and numbers rules by position), and the ACL editor shows the provider's order: never a cached list.
    listAcls: "never",
  },
  invalidates: {
    deleteService: ["listServices", "listPorts", "listAcls", "getServiceUsage"],
    addPort: ["listPorts"],
    updatePort: ["listPorts"],
    deletePort: ["listPorts", "listAcls"],
    addAcl: ["listAcls"],
    deleteAcl: ["listAcls"],
  },
});
