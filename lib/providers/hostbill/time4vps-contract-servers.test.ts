import { describe, expect, it } from "vitest";

import type { Time4vpsClient } from "./time4vps-client";
import { invalidInput, refused, withTime4vpsSandbox } from "./time4vps-test-kit";

const { client, running } = withTime4vpsSandbox();

const completeTasks = () => running().control("/__sandbox/tasks/complete");

/** Starts an action, checks the task is queued, finishes it and returns its result. */
async function runTask(t4v: Time4vpsClient, serverId: number, start: () => Promise<number>) {
  const taskId = await start();
  expect(taskId).toBeGreaterThan(0);
  const pending = await t4v.getTaskResult({ server_id: serverId, task_id: taskId });
  expect(pending).toMatchObject({ assigned: "", completed: "", results: "" });
  await completeTasks();
  return t4v.getTaskResult({ server_id: serverId, task_id: taskId });
}

describe("Time4VPS servers", () => {
  it("GET /server: lists active servers only", async () => {
    const servers = await client().listServers();
    expect(servers.map((server) => server.server_id)).toEqual(["1301", "1302", "1303"]);
    expect(servers[0]).toMatchObject({ domain: "web1.demo-hostdeck.eu", ip: "185.123.100.11", type: "KVM", label: "Web frontend" });
  });

  it("GET /server/@server_id: resources used vs limits, IPs, and no active task", async () => {
    const server = await client().getServer({ server_id: 1301 });
    expect(server).toMatchObject({
      cpu_cores: 2,
      ram_limit: 4096,
      ram_used: 1733,
      os: "ubuntu-22.04-x86_64",
      additional_ip: ["185.123.100.12", "185.123.100.13"],
      active_task: null,
    });
    expect(server.last_tasks).toEqual([expect.objectContaining({ name: "server_reboot", results: "VM rebooted successfully" })]);
    await refused(client().getServer({ server_id: 1310 }), "not-found", /Invalid server ID/);
  });

  it("GET /server/@server_id/task/@task_id: progresses activated → assigned → completed over time", async () => {
    await running().control("/__sandbox/tasks", { stepMs: 150 });
    const t4v = client();
    const taskId = await t4v.rebootServer({ server_id: 1302 });
    expect(await t4v.getTaskResult({ server_id: 1302, task_id: taskId })).toMatchObject({ name: "server_reboot", assigned: "", completed: "" });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const assigned = await t4v.getTaskResult({ server_id: 1302, task_id: taskId });
    expect(assigned.assigned).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
    expect(assigned.completed).toBe("");
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await t4v.getTaskResult({ server_id: 1302, task_id: "server_reboot" })).toMatchObject({ results: "VM rebooted successfully" });
    await refused(t4v.getTaskResult({ server_id: 1302, task_id: 424242 }), "not-found", /Invalid task ID/);
  });

  it("POST /server/@server_id/reboot: starts a task; a second action while it runs is a conflict", async () => {
    const t4v = client();
    const taskId = await t4v.rebootServer({ server_id: 1301 });
    expect((await t4v.getServer({ server_id: 1301 })).active_task).toMatchObject({ name: "server_reboot", completed: "" });
    const busy = await refused(t4v.rebootServer({ server_id: 1301 }), "conflict", /one task per server/);
    expect(busy.status).toBe(400);
    await refused(t4v.flushFirewall({ server_id: 1301 }), "conflict");
    await completeTasks();
    expect((await t4v.getTaskResult({ server_id: 1301, task_id: taskId })).results).toBe("VM rebooted successfully");
    expect((await t4v.getServer({ server_id: 1301 })).active_task).toBeNull();
  });

  it("POST /server/@server_id/reinstall: new OS once the task completes; unknown OS or script refused", async () => {
    const t4v = client();
    const result = await runTask(t4v, 1302, () =>
      t4v.reinstallServer({ server_id: 1302, os: "almalinux-9-x86_64", script: 403, ssh_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB demo@host" }),
    );
    expect(result).toMatchObject({ name: "server_recreate", results: expect.stringMatching(/AlmaLinux 9[\s\S]*Password: \S+/) });
    expect((await t4v.getServer({ server_id: 1302 })).os).toBe("almalinux-9-x86_64");
    await refused(t4v.reinstallServer({ server_id: 1302, os: "freebsd-14" }), "invalid-input", /not available/);
    await refused(t4v.reinstallServer({ server_id: 1302, os: "debian-12-x86_64", script: 9 }), "invalid-input", /init script/);
    await invalidInput(t4v.reinstallServer({ server_id: 1302, os: "debian-12-x86_64", ssh_key: "not a key" }), "ssh_key");
  });

  it("POST /server/@server_id/resetpassword: the new password is in the task result", async () => {
    const t4v = client();
    const result = await runTask(t4v, 1303, () => t4v.resetServerPassword({ server_id: 1303 }));
    expect(result).toMatchObject({ name: "server_reset_password", results: expect.stringMatching(/^Password: \S{12,}$/) });
    await refused(t4v.resetServerPassword({ server_id: 999 }), "not-found");
  });

  it("POST /server/@server_id/webconsole: VNC access details in the result; timeout validated", async () => {
    const t4v = client();
    const result = await runTask(t4v, 1301, () => t4v.launchWebConsole({ server_id: 1301, timeout: "3h", whitelabel: true }));
    expect(result.results).toMatch(/VNC host: vnc\.serverhost\.name/);
    await invalidInput(t4v.launchWebConsole({ server_id: 1301, timeout: "2h" as "1h", whitelabel: false }), "timeout");
  });

  it("POST /server/@server_id/rename: hostname changes after the task; a name not pointing to the server is refused", async () => {
    const t4v = client();
    await runTask(t4v, 1303, () => t4v.renameServer({ server_id: 1303, hostname: "vault.example.org" }));
    expect((await t4v.getServer({ server_id: 1303 })).domain).toBe("vault.example.org");
    await refused(t4v.renameServer({ server_id: 1303, hostname: "www.demo-hostdeck.eu" }), "invalid-input", /must point to the server/);
    await invalidInput(t4v.renameServer({ server_id: 1303, hostname: "no_dots" }), "hostname");
  });

  it("POST /server/@server_id/changeptr: PTR of an additional IP; the main IP or a server without extra IPs refused", async () => {
    const t4v = client();
    const result = await runTask(t4v, 1301, () => t4v.changePtr({ server_id: 1301, ip_address: "185.123.100.13", hostname: "smtp.demo-hostdeck.eu" }));
    expect(result).toMatchObject({ name: "server_change_ptr", results: expect.stringContaining("smtp.demo-hostdeck.eu") });
    await refused(t4v.changePtr({ server_id: 1301, ip_address: "185.123.100.11", hostname: "x.demo-hostdeck.eu" }), "invalid-input", /not an additional IP/);
    await refused(t4v.changePtr({ server_id: 1303, ip_address: "185.123.102.31", hostname: "x.demo-hostdeck.eu" }), "invalid-input", /additional IP/);
    await invalidInput(t4v.changePtr({ server_id: 1301, ip_address: "300.1.1.1", hostname: "x.demo-hostdeck.eu" }), "ip_address");
  });

  it("POST /server/@server_id/flushfirewall: restores the firewall defaults", async () => {
    const t4v = client();
    const result = await runTask(t4v, 1302, () => t4v.flushFirewall({ server_id: 1302 }));
    expect(result).toMatchObject({ name: "server_flush_iptables", results: expect.stringContaining("flushed") });
  });

  it("POST /server/@server_id/changedns: the new resolvers show in the server details", async () => {
    const t4v = client();
    await runTask(t4v, 1302, () => t4v.changeDnsServers({ server_id: 1302, ns1: "9.9.9.9", ns2: "149.112.112.112" }));
    expect((await t4v.getServer({ server_id: 1302 })).dns_servers).toEqual(["9.9.9.9", "149.112.112.112"]);
    await invalidInput(t4v.changeDnsServers({ server_id: 1302, ns1: "dns.google" }), "ns1");
  });

  it("GET /server/@server_id/oses: OS templates available for the server", async () => {
    expect(await client().listOses({ server_id: 1301 })).toContainEqual({ os: "centos-7-x86_64", title: "Centos 7" });
    const openvz = await client().listOses({ server_id: 1303 });
    expect(openvz.some((os) => os.os.startsWith("kvm-win"))).toBe(false);
  });

  it("GET /server/@server_id/ips: additional IPs only, in the document's shape (no PTRs)", async () => {
    expect(await client().listAdditionalIps({ server_id: 1301 })).toEqual([{ ip: "185.123.100.12" }, { ip: "185.123.100.13" }]);
    const raw = await fetch(`${running().baseUrl}/server/1301/ips`, {
      headers: { authorization: `Basic ${Buffer.from("demo@example.com:demo-pass").toString("base64")}` },
    });
    expect(await raw.json()).toEqual([{ ips: ["185.123.100.12", "185.123.100.13"] }]);
    expect(await client().listAdditionalIps({ server_id: 1303 })).toEqual([]);
  });

  it("GET /server/@server_id/graphs/@width: short-lived image links; width outside 200–768 refused", async () => {
    const graphs = await client().getUsageGraphs({ server_id: 1301, width: 400 });
    expect(graphs.map((graph) => graph.type)).toContain("cpu_daily");
    const image = await fetch(`http:${graphs[0]!.url}`);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toContain("image/");
    await invalidInput(client().getUsageGraphs({ server_id: 1301, width: 100 }), "width");
  });

  it("GET /server/@server_id/history: monthly bandwidth, quota and inode usage", async () => {
    const history = await client().getUsageHistory({ server_id: 1302 });
    expect(history).toHaveLength(6);
    expect(history[0]).toMatchObject({ bw_in: expect.any(Number), quota_limit: 81920, inode_limit: 5_242_880 });
  });
});

describe("Time4VPS init scripts", () => {
  it("GET /scripts: scripts without their content", async () => {
    const scripts = await client().listInitScripts();
    expect(scripts).toContainEqual({ id: "403", name: "Install Docker", syntax: "bash" });
    expect(scripts[0]).not.toHaveProperty("content");
  });

  it("GET /scripts/@id: one script with its content", async () => {
    expect(await client().getInitScript({ id: 504 })).toMatchObject({ syntax: "python", content: expect.stringContaining("import os") });
    await refused(client().getInitScript({ id: 1 }), "not-found", /Invalid script ID/);
  });
});

describe("Time4VPS VPN", () => {
  it("GET /vpn/servers: every VPN server, including ones in maintenance", async () => {
    const servers = await client().listVpnServers();
    expect(servers).toContainEqual(expect.objectContaining({ id: "13", name: "LT#1", city: "Vilnius" }));
    expect(servers.some((server) => server.available === false)).toBe(true);
  });

  it("GET /vpn/clients: downloadable VPN clients", async () => {
    expect(await client().listVpnClients()).toContainEqual(expect.objectContaining({ name: "AndroidVPN", version: "1.0.6" }));
  });

  it("GET /vpn/servers/@id/config/@template: base64 config per template", async () => {
    const config = await client().getVpnConfig({ id: 3, template: "ovpn_443" });
    expect(config.text).toContain("proto tcp");
    expect(config.text).toContain("remote 185.123.97.20 443");
    await refused(client().getVpnConfig({ id: 99, template: "ovpn_default" }), "not-found");
    await invalidInput(client().getVpnConfig({ id: 3, template: "wireguard" as "ovpn_443" }), "template");
  });

  it("GET /vpn/logindetails: login details of the oldest VPN plan", async () => {
    expect(await client().getVpnLoginDetails()).toEqual({ username: "vpn1304", password: "qerty982Lm", shared_key: "t4v-psk-1304-demo" });
  });

  it("GET /vpn/@id/details: login details of one VPN service", async () => {
    expect(await client().getVpnDetails({ id: 1305 })).toMatchObject({ username: "vpn1305" });
    await refused(client().getVpnDetails({ id: 1301 }), "not-found");
  });

  it("POST /vpn/@id/resetpassword: a new password, used by the next details read", async () => {
    const t4v = client();
    const password = await t4v.resetVpnPassword({ id: 1304 });
    expect(password).not.toBe("qerty982Lm");
    expect((await t4v.getVpnDetails({ id: 1304 })).password).toBe(password);
  });

  it("GET /vpn/@id/history: daily traffic of a VPN service", async () => {
    const history = await client().getVpnHistory({ id: 1304 });
    expect(history).toHaveLength(3);
    expect(history[0]).toMatchObject({ received: 37_111_240, sent: 3_781_959 });
  });

  it("GET /vpn/@id/sessions: active sessions with their server", async () => {
    const sessions = await client().getVpnSessions({ id: 1304 });
    expect(sessions[0]).toMatchObject({ remote_ip: "84.15.183.20", serverName: "LT#1", type: "OpenVPN" });
    expect(await client().getVpnSessions({ id: 1305 })).toEqual([]);
    await refused(client().getVpnSessions({ id: 42 }), "not-found");
  });
});
