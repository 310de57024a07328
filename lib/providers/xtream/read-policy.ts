import { defineReadPolicy } from "../core/read-cache/policy";
import type { XtreamClient } from "./client";

/**
 * Which panel calls are reads (every call is a POST), how long each may be reused, and what each change makes
 * stale. The panel cannot list lines or MAG devices: a list of N of them is N `line/info` or `mag/info` calls,
 * so those answers are kept as long as a list (a detail page and "extend from expiry" read past the cache).
 * A line or device bought through a reseller costs it credits and counts among its lines, so those changes make
 * the resellers stale too.
 */
export const xtreamReadPolicy = defineReadPolicy<XtreamClient>({
  reads: {
    getLineInfo: "list",
    getMagInfo: "list",
    listAdministrators: "catalogue",
    listServers: "catalogue",
    viewServer: "detail",
    listOnlineStreams: "list",
    listOfflineStreams: "list",
    listResellers: "list",
  },
  invalidates: {
    createLine: ["getLineInfo", "listResellers"],
    updateLine: ["getLineInfo", "listResellers"],
    deleteLine: ["getLineInfo", "listResellers"],
    createMag: ["getMagInfo", "listResellers"],
    updateMag: ["getMagInfo", "listResellers"],
    deleteMag: ["getMagInfo", "listResellers"],
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
