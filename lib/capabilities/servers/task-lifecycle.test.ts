import { describe, expect, it } from "vitest";

import { withTime4vpsSandbox } from "../../providers/hostbill/time4vps-test-kit";
import { detailOf, summaryOf } from "./map-server";

const ref = { connectionId: "c1", connectionLabel: "Time4VPS (sandbox)", serverId: "1301" };

/** The mapping against the Time4VPS simulator over real HTTP: what the detail page and the polling route see. */
describe("server mapping against the Time4VPS sandbox", () => {
  const { client, running } = withTime4vpsSandbox();

  it("maps the seeded server's resources, additional IPs (no PTR: none documented) and last tasks", async () => {
    const api = client();
    const detail = detailOf(ref, await api.getServer({ server_id: 1301 }), { additionalIps: await api.listAdditionalIps({ server_id: 1301 }) }, { revealSecrets: true });
    expect(detail.hostname).toBe("web1.demo-hostdeck.eu");
    expect(detail.gauges.map((g) => [g.key, g.percent])).toEqual([
      ["ram", 42.3],
      ["disk", 42.5],
      ["bandwidth", 4],
    ]);
    expect(detail.additionalIps).toEqual([
      { ip: "185.123.100.12", ptr: "" },
      { ip: "185.123.100.13", ptr: "" },
    ]);
    expect(detail.dnsServers).toEqual(["1.1.1.1", "8.8.8.8"]);
    expect(detail.activeTask).toBeNull();
    expect(detail.lastTasks[0]).toMatchObject({ name: "server_reboot", state: "done", results: "VM rebooted successfully" });
  });

  it("follows a reboot from queued through running to done, as the provider reports it", async () => {
    await running().control("/__sandbox/tasks", { stepMs: 800 });
    const api = client();
    const taskId = await api.rebootServer({ server_id: 1301 });

    const queued = summaryOf(ref, { server_id: "1301" }, await api.getServer({ server_id: 1301 }), { revealSecrets: true });
    expect(queued.activeTask).toMatchObject({ id: String(taskId), label: "Reboot", state: "queued" });

    await new Promise((resolve) => setTimeout(resolve, 900));
    const runningNow = summaryOf(ref, { server_id: "1301" }, await api.getServer({ server_id: 1301 }), { revealSecrets: true });
    expect(runningNow.activeTask?.state).toBe("running");

    await running().control("/__sandbox/tasks/complete");
    const after = detailOf(ref, await api.getServer({ server_id: 1301 }), { additionalIps: [] }, { revealSecrets: true });
    expect(after.activeTask).toBeNull();
    expect(after.lastTasks[0]).toMatchObject({ id: String(taskId), state: "done" });
  });

  it("masks the new password of a finished reset for readers without change rights", async () => {
    await running().control("/__sandbox/tasks", { stepMs: 0 });
    const api = client();
    await api.resetServerPassword({ server_id: 1302 });
    await running().control("/__sandbox/tasks/complete");
    const details = await api.getServer({ server_id: 1302 });
    const forViewer = detailOf({ ...ref, serverId: "1302" }, details, { additionalIps: [] }, { revealSecrets: false });
    const forOperator = detailOf({ ...ref, serverId: "1302" }, details, { additionalIps: [] }, { revealSecrets: true });
    expect(forOperator.lastTasks[0]?.results).toMatch(/^Password: [A-Za-z0-9]{10,}$/);
    expect(forViewer.lastTasks[0]?.results).toMatch(/^Password: •+/);
  });

  it("shows a task the provider failed as failed, and the server unchanged (task-failure fault)", async () => {
    await running().control("/__sandbox/tasks", { stepMs: 0 });
    await running().control("/__sandbox/faults", { mode: "task-failure", pathContains: "/rename", remaining: 1 });
    const api = client();
    const before = await api.getServer({ server_id: 1302 });
    const taskId = await api.renameServer({ server_id: 1302, hostname: "renamed.example.org" });
    await running().control("/__sandbox/tasks/complete");
    const after = detailOf({ ...ref, serverId: "1302" }, await api.getServer({ server_id: 1302 }), { additionalIps: [] }, { revealSecrets: true });
    expect(after.activeTask).toBeNull();
    expect(after.lastTasks[0]).toMatchObject({ id: String(taskId), label: "Rename", state: "failed", results: expect.stringMatching(/^Task failed: rename/) });
    expect(after.hostname).toBe(before.domain);
  });
});
