import { afterEach, describe, expect, it, vi } from "vitest";

import { tasksForReader } from "@/lib/capabilities/servers/task-rules";
import { AppError } from "@/lib/errors/app-error";
import { withReadCache } from "@/lib/providers/core/read-cache/cached-client";
import { ReadCache } from "@/lib/providers/core/read-cache/read-cache";
import type { ConnectionRef } from "@/lib/providers/core/types";

import { time4vpsReadPolicy } from "../time4vps-read-policy";
import { failure, withTime4vpsSandbox } from "../time4vps-test-kit";
import { time4vpsServersAdapter } from "./time4vps-servers";

let refs = 0;
const connection = (): ConnectionRef => ({
  id: `servers-conn-${++refs}`,
  label: "Time4VPS (sandbox)",
  kind: "time4vps",
  kindLabel: "Time4VPS",
  isSandbox: true,
});

/** The Time4VPS servers adapter against the simulator over real HTTP: what the pages and the task poll see. */
describe("Time4VPS servers", () => {
  const { client, running } = withTime4vpsSandbox();
  const adapter = () => time4vpsServersAdapter(client(), connection());

  afterEach(() => {
    vi.useRealTimers();
  });

  it("lists every server with its resources, named after the connection and provider", async () => {
    const servers = await adapter().list();
    expect(servers.map((server) => server.hostname)).toEqual(["web1.demo-hostdeck.eu", "db1.demo-hostdeck.eu", "backup.demo-hostdeck.eu"]);
    const web1 = servers[0]!;
    expect(web1).toMatchObject({
      serverId: "1301",
      providerLabel: "Time4VPS",
      connectionLabel: "Time4VPS (sandbox)",
      type: "KVM",
      detailError: null,
      activeTask: null,
    });
    expect(web1.gauges.find((g) => g.key === "ram")).toMatchObject({ percent: 42.3, text: "1.7 GiB of 4 GiB" });
    expect(web1.cpu.text).toBe("2 cores × 2.6 GHz");
  });

  it("describes a server: resources, additional IPs (PTRs not reported), DNS servers and the latest tasks", async () => {
    const detail = await adapter().get("1301");
    expect(detail.hostname).toBe("web1.demo-hostdeck.eu");
    expect(detail.gauges.map((g) => [g.key, g.percent])).toEqual([
      ["ram", 42.3],
      ["disk", 42.5],
      ["bandwidth", 4],
    ]);
    expect(detail.additionalIps).toEqual([
      // Time4VPS documents no way to read a PTR: none is shown.
      { ip: "185.123.100.12", ptr: "" },
      { ip: "185.123.100.13", ptr: "" },
    ]);
    expect(detail.dnsServers).toEqual(["1.1.1.1", "8.8.8.8"]);
    expect(detail.activeTask).toBeNull();
    expect(detail.lastTasks[0]).toMatchObject({ name: "reboot", label: "Reboot", state: "done", results: "VM rebooted successfully" });
  });

  it("answers not-found for a server the account does not have", async () => {
    expect((await failure(adapter().get("9999"))).kind).toBe("not-found");
  });

  it("follows a reboot from queued through running to done, as the provider reports it", async () => {
    await running().control("/__sandbox/tasks", { stepMs: 800 });
    const servers = adapter();
    const taskId = await servers.starter!.start("1301", { verb: "reboot" });

    expect((await servers.tasks("1301")).activeTask).toMatchObject({ id: taskId, name: "reboot", label: "Reboot", state: "queued" });
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect((await servers.tasks("1301")).activeTask?.state).toBe("running");

    await running().control("/__sandbox/tasks/complete");
    const after = await servers.tasks("1301");
    expect(after.activeTask).toBeNull();
    expect(after.lastTasks[0]).toMatchObject({ id: taskId, state: "done" });
  });

  it("shows a task the provider failed as failed, and the server unchanged (task-failure fault)", async () => {
    await running().control("/__sandbox/tasks", { stepMs: 0 });
    await running().control("/__sandbox/faults", { mode: "task-failure", pathContains: "/rename", remaining: 1 });
    const servers = adapter();
    const before = await servers.get("1302");
    const taskId = await servers.starter!.start("1302", { verb: "rename", hostname: "renamed.example.org" });
    await running().control("/__sandbox/tasks/complete");
    const after = await servers.tasks("1302");
    expect(after.activeTask).toBeNull();
    expect(after.lastTasks[0]).toMatchObject({ id: taskId, label: "Rename", state: "failed", results: expect.stringMatching(/^Task failed: rename/) });
    expect((await servers.get("1302")).hostname).toBe(before.hostname);
  });

  it("hands a finished reset's password over unmasked, and the domain masks it for readers without change rights", async () => {
    await running().control("/__sandbox/tasks", { stepMs: 0 });
    const servers = adapter();
    await servers.starter!.start("1302", { verb: "reset-password" });
    await running().control("/__sandbox/tasks/complete");
    const tasks = await servers.tasks("1302");
    expect(tasks.lastTasks[0]?.results).toMatch(/^Password: [A-Za-z0-9]{10,}$/);
    expect(tasksForReader(tasks, { revealSecrets: false }).lastTasks[0]?.results).toMatch(/^Password: •+/);
  });

  it("names the form's field when the provider refuses one", async () => {
    const refused = await adapter()
      .starter!.start("1302", { verb: "reinstall", os: "debian-12-x86_64", sshKey: "not a key", confirmHostname: "db1.demo-hostdeck.eu" })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).fieldErrors).toHaveProperty("sshKey");
  });

  it("reads usage history, absolute graph links and the reinstall choices", async () => {
    const servers = adapter();
    const [history, graphs, options] = await Promise.all([servers.usageHistory!("1301"), servers.usageGraphs!("1301", 576), servers.reinstallOptions!("1302")]);
    expect(history.length).toBeGreaterThan(0);
    expect(history.map((month) => month.period)).toEqual([...history.map((month) => month.period)].sort());
    expect(graphs.length).toBeGreaterThan(0);
    for (const graph of graphs) expect(graph.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    expect(graphs.map((graph) => graph.period)).toContain("daily");
    expect(options.oses).toContainEqual({ value: expect.any(String), label: "AlmaLinux 9" });
    expect(options.scripts).toContainEqual({ value: expect.any(String), label: "Install Docker (bash)" });
  });
});

describe("Time4VPS server reads through the read cache", () => {
  const { client, running } = withTime4vpsSandbox();

  function cachedAdapter() {
    const ref = connection();
    const cache = new ReadCache();
    const raw = client();
    return { raw, cache, servers: time4vpsServersAdapter(withReadCache(raw, time4vpsReadPolicy, { connectionId: ref.id, version: "1" }, cache), ref) };
  }

  afterEach(() => {
    vi.useRealTimers();
  });

  it("shares a busy server's task state among every poller of one moment, and never serves it stale", async () => {
    await running().control("/__sandbox/tasks", { stepMs: 600_000 });
    const { cache, servers } = cachedAdapter();
    await servers.starter!.start("1301", { verb: "reboot" });

    const loadsBefore = cache.stats.loads;
    const polls = await Promise.all([servers.tasks("1301"), servers.tasks("1301"), servers.tasks("1301")]);
    expect(polls.map((poll) => poll.activeTask?.state)).toEqual(["queued", "queued", "queued"]);
    expect(cache.stats.loads - loadsBefore).toBe(1);

    await running().control("/__sandbox/tasks/complete");
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 2_100 });
    // The next poll moment asks the provider again and sees the task finished.
    expect((await servers.tasks("1301")).activeTask).toBeNull();
    expect(cache.stats.loads - loadsBefore).toBe(2);
  });

  it("keeps an idle server's details between views, until a task started through Hostdeck makes them stale", async () => {
    await running().control("/__sandbox/tasks", { stepMs: 600_000 });
    const { cache, servers } = cachedAdapter();
    expect((await servers.get("1302")).activeTask).toBeNull();
    const loads = cache.stats.loads;
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 2_100 });
    expect((await servers.get("1302")).activeTask).toBeNull();
    expect(cache.stats.loads).toBe(loads);

    await servers.starter!.start("1302", { verb: "flush-firewall" });
    expect((await servers.tasks("1302")).activeTask).toMatchObject({ name: "flush-firewall", state: "queued" });
  });
});
