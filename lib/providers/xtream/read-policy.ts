import { defineReadPolicy } from "../core/read-cache/policy";
import type { XtreamClient } from "./client";

/** Which panel calls are reads (several are POSTs), how long each may be reused, and what each change makes stale. */
export const xtreamReadPolicy = defineReadPolicy<XtreamClient>({
  reads: {
    getLineInfo: "detail",
    getMagInfo: "detail",
    listAdministrators: "catalogue",
    listServers: "catalogue",
    viewServer: "detail",
    listOnlineStreams: "list",
    listOfflineStreams: "list",
    listResellers: "list",
  },
  invalidates: {
    createLine: ["getLineInfo"],
    updateLine: ["getLineInfo"],
    deleteLine: ["getLineInfo"],
    createMag: ["getMagInfo"],
    updateMag: ["getMagInfo"],
    deleteMag: ["getMagInfo"],
    createAdministrator: ["listAdministrators"],
    updateAdministrator: ["listAdministrators"],
    updateServer: ["listServers", "viewServer"],
    startStream: ["listOnlineStreams", "listOfflineStreams"],
    stopStream: ["listOnlineStreams", "listOfflineStreams"],
    createReseller: ["listResellers"],
    updateReseller: ["listResellers"],
    addResellerCredits: ["listResellers"],
  },
});
