import { defineReadPolicy } from "../core/read-cache/policy";
import type { X4bClient } from "./client";

/** Which X4B calls are reads, how long each may be reused, and what each change makes stale. */
export const x4bReadPolicy = defineReadPolicy<X4bClient>({
  reads: {
    login: "never",
    listServers: "catalogue",
    listPlans: "catalogue",
    listServices: "list",
    getServiceUsage: "usage",
    listPorts: "list",
    listAcls: "list",
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
