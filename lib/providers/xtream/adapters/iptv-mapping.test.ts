import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { expiryLabel } from "@/lib/capabilities/iptv/expiry";

import { startXtream, type RunningXtream } from "../test-sandbox";
import { mapLineInfo, mapMagInfo, mapReseller, mapServer, mapStream } from "./iptv-mapping";

const connection = { id: "conn-1", label: "Panel" };
let panel: RunningXtream;

beforeAll(async () => {
  panel = await startXtream();
});
afterAll(async () => {
  await panel.close();
});

async function resellerNames() {
  const rows = await panel.client().listResellers();
  return new Map(rows.map((row) => [row.id, row.username]));
}

describe("mapping the panel's answers (sandbox)", () => {
  it("a restreamer line: connections, allowed IPs, reseller name, expiry", async () => {
    const detail = mapLineInfo(await panel.client().getLineInfo({ username: "hotel-lobby" }), connection, await resellerNames());
    expect(detail.subscription).toMatchObject({
      kind: "line",
      key: "hotel-lobby",
      connectionLabel: "Panel",
      disabled: false,
      restreamer: true,
      maxConnections: 5,
      activeConnections: 3,
      resellerName: "northstream",
      allowedIps: ["198.51.100.77"],
    });
    expect(detail.connections).toHaveLength(3);
    expect(detail.connections[0]).toMatchObject({ ip: "198.51.100.77", country: "ES" });
    expect(detail.channelIds.length).toBeGreaterThan(0);
    expect(expiryLabel(detail.subscription.expiresAt, Math.floor(Date.now() / 1000)).text).toMatch(/^expires in (199|200) days$/);
    expect(JSON.stringify(detail)).not.toContain("Hq7Ld0pW2s");
  });

  it("expired, disabled and unlimited lines", async () => {
    const names = await resellerNames();
    const now = Math.floor(Date.now() / 1000);
    const trial = mapLineInfo(await panel.client().getLineInfo({ username: "trial-4471" }), connection, names).subscription;
    expect(trial.isTrial).toBe(true);
    expect(expiryLabel(trial.expiresAt, now).text).toBe("expired");
    const disabled = mapLineInfo(await panel.client().getLineInfo({ username: "disabled.user" }), connection, names).subscription;
    expect(disabled.disabled).toBe(true);
    expect(disabled.resellerName).toBeNull();
    const staff = mapLineInfo(await panel.client().getLineInfo({ username: "test_line" }), connection, names).subscription;
    expect(staff.expiresAt).toBeNull();
    expect(staff.ispLock).toBe(true);
    expect(staff.allowedUserAgents).toEqual(["VLC/3.0.20 LibVLC/3.0.20"]);
  });

  it("a MAG device is keyed by its upper-case MAC", async () => {
    const detail = mapMagInfo(await panel.client().getMagInfo({ mac_address: "00:1a:79:00:12:34" }), connection, await resellerNames());
    expect(detail.subscription).toMatchObject({ kind: "mag", key: "00:1A:79:00:12:34", activeConnections: 1, resellerName: "northstream" });
  });

  it("resellers, streams and servers", async () => {
    const client = panel.client();
    const rows = await client.listResellers();
    const owners = new Map(rows.map((row) => [row.id, row.username]));
    const resellers = rows.map((row) => mapReseller(row, connection, owners));
    expect(resellers.find((row) => row.username === "northstream")).toMatchObject({ credits: 120, useCredits: true, enabled: true });
    expect(resellers.find((row) => row.username === "old.reseller")).toMatchObject({ enabled: false });

    const offline = (await client.listOfflineStreams()).map((row) => mapStream(row, connection, false));
    expect(offline.find((row) => row.name === "Nick Jr")).toMatchObject({ online: false, offlineReason: "Server offline", uptime: null });
    const online = (await client.listOnlineStreams()).map((row) => mapStream(row, connection, true));
    expect(online.every((row) => row.online && row.uptime !== null)).toBe(true);

    const servers = (await client.listServers()).map((row) => mapServer(row, connection));
    expect(servers.find((row) => row.name === "LB Amsterdam")).toMatchObject({ online: false, vpnIp: "10.8.0.3", isMain: false });
    expect(servers.find((row) => row.isMain)?.name).toBe("Main Server");
  });
});
