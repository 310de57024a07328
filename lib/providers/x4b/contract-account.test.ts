import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { expectNoSecrets, expectProviderError } from "../core/testing/expect-provider-error";
import { createX4bClient } from "./client";
import { x4bProvider } from "./definition";
import { demoHostKey, demoLogin, sessionStats, startX4bSandbox, x4bContext, type RunningX4bSandbox } from "./test-support/sandbox";

let running: RunningX4bSandbox;

beforeAll(async () => {
  running = await startX4bSandbox();
});
afterAll(() => running.close());
beforeEach(() => running.sandbox.reset());

describe("X4B account, catalogue and services", () => {
  it("User/login: signs in with user and pass and reuses the session cookie", async () => {
    const client = createX4bClient(x4bContext(running.baseUrl, demoLogin));
    await expect(client.login()).resolves.toEqual({ user: "demo@example.com" });
    await client.listServers();
    await client.listPlans();
    expect(await sessionStats(running.origin)).toMatchObject({ active: 1, logins: 1 });
  });

  it("User/login: any call logs in first by itself, once per connection", async () => {
    const context = x4bContext(running.baseUrl, demoLogin);
    await Promise.all([createX4bClient(context).listServices(), createX4bClient(context).listPlans()]);
    expect((await sessionStats(running.origin)).logins).toBe(1);
  });

  it("User/login: an expired session is renewed once, automatically", async () => {
    const client = createX4bClient(x4bContext(running.baseUrl, demoLogin));
    await client.listServices();
    await fetch(`${running.origin}/__sandbox/sessions/expire`, { method: "POST" });
    await expect(client.listServices()).resolves.toHaveLength(4);
    expect((await sessionStats(running.origin)).logins).toBe(2);
  });

  it("User/login: a wrong password is an auth error that never shows the password", async () => {
    const wrong = { ...demoLogin, pass: "not-the-password" };
    const client = createX4bClient(x4bContext(running.baseUrl, wrong));
    const error = await expectProviderError(client.login(), "auth", {
      providerCode: "Authentication Error",
      message: /Invalid username or password/,
    });
    expectNoSecrets(error, ["not-the-password"]);
    await expectProviderError(client.listServices(), "auth");
    expect((await sessionStats(running.origin)).logins).toBe(0);
  });

  it("User/login: a HOST_KEY connection works without any login", async () => {
    const client = createX4bClient(x4bContext(running.baseUrl, demoHostKey));
    await expect(client.listServices()).resolves.toHaveLength(4);
    await expectProviderError(client.login(), "invalid-input", { field: "authMode" });
    expect(await sessionStats(running.origin)).toMatchObject({ active: 0, logins: 0 });
  });

  it("User/login: a wrong HOST_KEY is an auth error that never shows the key", async () => {
    const client = createX4bClient(x4bContext(running.baseUrl, { authMode: "host-key", hostKey: "stolen-or-typo-key" }));
    const error = await expectProviderError(client.listServers(), "auth", { message: /Invalid HOST_KEY/ });
    expectNoSecrets(error, ["stolen-or-typo-key"]);
  });

  it("User/login: missing credentials are refused before anything is sent", async () => {
    const context = x4bContext(running.baseUrl, { authMode: "login", user: "demo@example.com" });
    await expectProviderError(createX4bClient(context).listServers(), "invalid-input", { field: "pass" });
    const keyless = x4bContext(running.baseUrl, { authMode: "host-key" });
    await expectProviderError(createX4bClient(keyless).listServers(), "invalid-input", { field: "hostKey" });
    expect([...context.transport.requests, ...keyless.transport.requests]).toHaveLength(0);
  });

  it("User/login: testConnection names the signed-in account", async () => {
    await expect(x4bProvider.testConnection(x4bContext(running.baseUrl, demoLogin))).resolves.toEqual({
      detail: "Signed in as demo@example.com (4 services)",
    });
    await expect(x4bProvider.testConnection(x4bContext(running.baseUrl, demoHostKey))).resolves.toEqual({
      detail: "HOST_KEY accepted (4 services)",
    });
  });

  it("Server/all: lists proxy locations with flags and free v4/v6 proxies", async () => {
    const servers = await createX4bClient(x4bContext(running.baseUrl, demoLogin)).listServers();
    expect(servers).toHaveLength(6);
    expect(servers[0]).toEqual({ id: 1, name: "Los Angeles, US", flag: "us", available_proxies_v4: 214, available_proxies_v6: 4096 });
    expect(servers.find((server) => server.flag === "au")?.available_proxies_v4).toBe(0);
  });

  it("Plan/all: lists plans with their GB and billing", async () => {
    const plans = await createX4bClient(x4bContext(running.baseUrl, demoHostKey)).listPlans();
    expect(plans.map((plan) => [plan.id, plan.gb, plan.bill])).toEqual([
      [1, 50, "MONTH"],
      [2, 500, "MONTH"],
      [3, 2000, "MONTH"],
      [4, 0, "PAYG"],
    ]);
  });

  it("Service/all: leases carry addr, server and plan; unsupported services carry no data", async () => {
    const services = await createX4bClient(x4bContext(running.baseUrl, demoLogin)).listServices();
    expect(services.map((service) => service.id)).toEqual([1201, 1202, 1203, 1204]);
    expect(services[0]).toEqual({ id: 1201, type: "lease", data: { addr: "203.0.113.140", server: 1, plan: 2 } });
    expect(services[2]).toEqual({ id: 1203, type: "unsupported" });
  });

  it("Service/delete: deletes a lease, which then disappears with its ports", async () => {
    const client = createX4bClient(x4bContext(running.baseUrl, demoLogin));
    await expect(client.deleteService({ service: 1204 })).resolves.toBe(true);
    await expect(client.deleteService({ lease: 1202 })).resolves.toBe(true);
    expect((await client.listServices()).map((service) => service.id)).toEqual([1201, 1203]);
    await expectProviderError(client.listPorts({ service: 1202 }), "not-found", { message: /Service not found/ });
  });

  it("Service/delete: unknown, foreign and unsupported services are refused", async () => {
    const client = createX4bClient(x4bContext(running.baseUrl, demoLogin));
    await expectProviderError(client.deleteService({ service: 999_999 }), "not-found");
    await expectProviderError(client.deleteService({ service: 1301 }), "not-found");
    await expectProviderError(client.deleteService({ service: 1203 }), "invalid-input", {
      providerCode: "Invalid Input",
      message: /not compatible with the API/,
    });
    const context = x4bContext(running.baseUrl, demoLogin);
    await expectProviderError(createX4bClient(context).deleteService({ service: 1201, lease: 1201 }), "invalid-input", { field: "service" });
    expect(context.transport.requests).toHaveLength(0);
  });

  it("Service/usage: gives used traffic and its unit, by service or lease ID", async () => {
    const client = createX4bClient(x4bContext(running.baseUrl, demoHostKey));
    await expect(client.getServiceUsage({ service: 1201 })).resolves.toEqual({ used: 182.37, unit: "GB" });
    await expect(client.getServiceUsage({ lease: 1202 })).resolves.toEqual({ used: 48.9, unit: "GB" });
  });

  it("Service/usage: an unsupported service or another account's lease is an error", async () => {
    const client = createX4bClient(x4bContext(running.baseUrl, demoHostKey));
    await expectProviderError(client.getServiceUsage({ service: 1203 }), "invalid-input");
    await expectProviderError(client.getServiceUsage({ lease: 1203 }), "not-found", { message: /Lease not found/ });
    await expectProviderError(client.getServiceUsage({ service: 1301 }), "not-found");
    await expectProviderError(client.getServiceUsage({ service: -4 }), "invalid-input", { field: "service" });
  });
});
