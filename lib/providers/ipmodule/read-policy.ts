import { defineReadPolicy } from "../core/read-cache/policy";
import type { IpmoduleClient } from "./client";

/** Which ip.php actions are reads (most are POSTs), how long each may be reused, and what each change makes stale. */
export const ipmoduleReadPolicy = defineReadPolicy<IpmoduleClient>({
  reads: {
    getClientIp: "catalogue",
    getIp: "detail",
    getPtr: "detail",
    getTraffic: "usage",
    listFreeIp: "list",
  },
  invalidates: {
    setMain: ["getIp", "listFreeIp"],
    updatePtr: ["getPtr", "getIp"],
  },
});
