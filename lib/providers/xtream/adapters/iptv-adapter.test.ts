import { describe, expect, it } from "vitest";

import type { NewSubscription } from "@/lib/capabilities/iptv/adapter";
import { createSubscriptionSchema } from "@/lib/capabilities/iptv/schemas";

import { isProviderError } from "../../core/errors";
import { withReadCache } from "../../core/read-cache/cached-client";
import { ReadCache } from "../../core/read-cache/read-cache";
import type { ConnectionRef } from "../../core/types";
import { xtreamReadPolicy } from "../read-policy";
import { failure, withXtream } from "../test-sandbox";
import { xtreamIptvAdapter } from "./iptv";

const xtream = withXtream();
const DAY = 86_400;
let refs = 0;

/** The adapter as the console builds it: over a client behind its own read cache. */
function panel() {
  const raw = xtream().client();
  const connection: ConnectionRef = { id: `iptv-adapter-${++refs}`, label: "Panel", kind: "xtream", kindLabel: "Xtream-UI panel", isSandbox: true };
  const client = withReadCache(raw, xtreamReadPolicy, { connectionId: connection.id, version: "1" }, new ReadCache());
  return { raw, adapter: xtreamIptvAdapter(client, connection) };
}

/** What the panel was asked, by `group/action`. */
const asked = (call: string) => xtream().requests.filter((request) => request.path.startsWith(`/api/${call}`)).length;

/** A create form's input as the action hands it over (parsed by the shared schema, without the connection). */
function newSubscription(form: Record<string, unknown>): NewSubscription {
  const { connectionId: _connectionId, ...input } = createSubscriptionSchema.parse({ connectionId: "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d", ...form });
  return input;
}

const dateInput = (secondsFromNow: number) => new Date((Math.floor(Date.now() / 1000) + secondsFromNow) * 1000).toISOString().slice(0, 10);

describe("Xtream-UI lines and MAG devices", () => {
  it("a line's info is asked of the panel once for many views, until a change through Hostdeck makes it stale", async () => {
    const { raw, adapter } = panel();
    const ref = { kind: "line", key: "john.smith" } as const;
    const views = await Promise.all(Array.from({ length: 25 }, () => adapter.subscription(ref)));
    for (let view = 0; view < 25; view++) views.push(await adapter.subscription(ref));
    expect(views.every((view) => view.subscription.key === "john.smith" && !view.subscription.disabled)).toBe(true);
    expect(asked("line/info")).toBe(1);

    // Changed in the panel itself: the cached copy stays until a fresh read asks the panel.
    await raw.updateLine({ username: "john.smith", data: { notes: "Changed in the panel" } });
    expect((await adapter.subscription(ref)).subscription.notes).toBe("Family package, renews monthly");
    expect((await adapter.subscription(ref, { fresh: true })).subscription.notes).toBe("Changed in the panel");

    // Changed through Hostdeck: the next view asks the panel again.
    await adapter.setSubscriptionState(ref, { disabled: true });
    expect((await adapter.subscription(ref)).subscription.disabled).toBe(true);
  });

  it("creates a line with blank credentials: the panel's generated ones come back; a reseller paying credits shows its new balance", async () => {
    const { adapter } = panel();
    const before = (await adapter.resellers()).find((reseller) => reseller.username === "northstream");
    expect(before?.credits).toBe(120);

    const created = await adapter.createSubscription(
      newSubscription({ kind: "line", reseller_id: "3", expire_date: dateInput(20 * DAY), notes: "adapter test" }),
    );
    expect(created.key).toMatch(/^[A-Za-z0-9]{10}$/);
    expect(created.password).toMatch(/^[A-Za-z0-9]{10}$/);
    const line = await adapter.subscription({ kind: "line", key: created.key });
    expect(line.subscription).toMatchObject({ resellerName: "northstream", notes: "adapter test" });
    // The line cost its reseller a credit; the reseller list read before the create is not served again.
    expect((await adapter.resellers()).find((reseller) => reseller.username === "northstream")?.credits).toBe(119);
  });

  it("a MAG device goes through the same members: created by its MAC in any spelling, extended, disabled, deleted", async () => {
    const { adapter } = panel();
    const created = await adapter.createSubscription(newSubscription({ kind: "mag", mac_address: "00-1a-79-e2-e2-09", lock_device: "on" }));
    expect(created).toMatchObject({ key: "00:1A:79:E2:E2:09", password: null });
    const ref = { kind: "mag", key: created.key } as const;
    expect((await adapter.subscription(ref)).subscription).toMatchObject({ kind: "mag", lockDevice: true, expiresAt: null });

    const expiresAt = Math.floor(Date.now() / 1000) + 90 * DAY;
    await adapter.setSubscriptionState(ref, { expiresAt, disabled: true });
    expect((await adapter.subscription(ref)).subscription).toMatchObject({ expiresAt, disabled: true });

    await adapter.deleteSubscription(ref);
    const gone = await failure(adapter.subscription(ref));
    expect(isProviderError(gone) && gone.kind).toBe("not-found");
  });

  it("edits a line's fields without touching its expiry or password unless asked", async () => {
    const { adapter } = panel();
    const before = (await adapter.subscription({ kind: "line", key: "test_line" })).subscription;
    await adapter.updateSubscription({
      kind: "line",
      key: "test_line",
      password: "",
      expire_date: undefined,
      max_allowed_connections: 3,
      restreamer: false,
      reseller_id: null,
      allowed_ips: ["192.0.2.7"],
      allowed_user_agents: [],
      isp_lock: false,
      notes: "Edited",
    });
    const after = (await adapter.subscription({ kind: "line", key: "test_line" })).subscription;
    expect(after).toMatchObject({ maxConnections: 3, allowedIps: ["192.0.2.7"], ispLock: false, notes: "Edited", expiresAt: before.expiresAt });
  });
});

describe("Xtream-UI streams, servers and accounts", () => {
  it("starting and stopping a stream shows in the next list (the command makes the cached lists stale)", async () => {
    const { adapter } = panel();
    const eurosport = async () => (await adapter.streams()).find((stream) => stream.name === "Eurosport 1");
    expect(await eurosport()).toMatchObject({ online: false, offlineReason: "Stopped" });
    await adapter.setStreamRunning(3, true);
    expect(await eurosport()).toMatchObject({ online: true, offlineReason: null });
    await adapter.setStreamRunning(3, false);
    expect((await eurosport())?.online).toBe(false);
    expect(asked("streams/online")).toBe(3);
  });

  it("servers: the list and one server, and an edit both show", async () => {
    const { adapter } = panel();
    expect((await adapter.servers()).map((server) => [server.name, server.online])).toEqual([
      ["Main Server", true],
      ["LB Frankfurt", true],
      ["LB Amsterdam", false],
    ]);
    const edited = await adapter.updateServer({
      serverId: 2,
      server_name: "LB Frankfurt",
      domain_name: "fra.panel.example.net",
      server_ip: "203.0.113.20",
      vpn_ip: "10.8.0.12",
      http_broadcast_port: 25461,
      total_clients: 2000,
    });
    expect(edited).toEqual({ name: "LB Frankfurt", ip: "203.0.113.20" });
    expect((await adapter.server(2)).vpnIp).toBe("10.8.0.12");
    expect((await adapter.servers()).find((server) => server.id === 2)?.vpnIp).toBe("10.8.0.12");
    const missing = await failure(adapter.server(999));
    expect(isProviderError(missing) && missing.kind).toBe("not-found");
  });

  it("resellers: credits added (and taken back) answer with the panel's balance; edits name the reseller", async () => {
    const { adapter } = panel();
    expect(await adapter.addResellerCredits(3, 15)).toEqual({ resellerId: 3, username: "northstream", balance: 135 });
    expect(await adapter.addResellerCredits(3, -5)).toMatchObject({ balance: 130 });
    expect((await adapter.resellers()).find((reseller) => reseller.id === 3)?.credits).toBe(130);

    const created = await adapter.createReseller({
      name: "newreseller",
      password: "",
      email: undefined,
      max_allowed_connections: 10,
      use_credits: true,
      credits: 5,
      notes: "",
    });
    expect(created.username).toBe("newreseller");
    expect(created.password).toBeTruthy();
    expect(
      await adapter.updateReseller({
        resellerId: created.id,
        password: "",
        email: undefined,
        max_allowed_connections: 20,
        use_credits: true,
        status: false,
        notes: "",
      }),
    ).toEqual({ username: "newreseller" });
    expect((await adapter.resellers()).find((reseller) => reseller.id === created.id)).toMatchObject({ enabled: false, maxConnections: 20, credits: 5 });
  });

  it("administrators: created and edited; the list shows both", async () => {
    const { adapter } = panel();
    expect((await adapter.admins()).map((admin) => admin.username)).toEqual(["admin", "support.anna"]);
    const created = await adapter.createAdmin({ username: "e2e.admin", password: "long-enough-1", email: "e2e.admin@example.test", group_id: 2, notes: "" });
    expect(created.username).toBe("e2e.admin");
    await adapter.updateAdmin({ adminId: created.id, email: "new@example.test", password: "", group_id: 1, status: false, notes: "" });
    expect((await adapter.admins()).find((admin) => admin.id === created.id)).toMatchObject({ email: "new@example.test", groupId: 1, enabled: false });
  });
});
