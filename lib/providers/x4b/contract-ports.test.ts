import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { expectProviderError } from "../core/testing/expect-provider-error";
import { createX4bClient } from "./client";
import { demoHostKey, demoLogin, startX4bSandbox, x4bContext, type RunningX4bSandbox } from "./test-support/sandbox";

let running: RunningX4bSandbox;

beforeAll(async () => {
  running = await startX4bSandbox();
});
afterAll(() => running.close());
beforeEach(() => running.sandbox.reset());

const client = () => createX4bClient(x4bContext(running.baseUrl, demoLogin));

describe("X4B ports", () => {
  it("Port/all: lists a lease's HTTP and TCP ports, by service or lease ID", async () => {
    const ports = await client().listPorts({ service: 1201 });
    expect(ports.map((port) => [port.id, port.from, port.to, port.type, port.keepalive])).toEqual([
      [5001, 80, 80, "http", true],
      [5002, 443, 443, "tcp", false],
      [5003, 80, 8080, "http", true],
      [5004, 25565, 25565, "tcp", false],
    ]);
    expect(ports[0]).toMatchObject({ addr: "192.0.2.10", domain: "www.example.com" });
    await expect(client().listPorts({ lease: 1202 })).resolves.toHaveLength(2);
  });

  it("Port/all: unknown or unsupported services are errors", async () => {
    await expectProviderError(client().listPorts({ service: 4242 }), "not-found");
    await expectProviderError(client().listPorts({ service: 1301 }), "not-found");
    await expectProviderError(client().listPorts({ service: 1203 }), "invalid-input");
  });

  it("Port/add: adds a port that the next Port/all shows", async () => {
    const added = await client().addPort({
      service: 1202,
      port: { from: 8443, to: 443, addr: "198.51.100.11", type: "tcp", keepalive: true },
    });
    expect(added).toEqual({ id: 5030, from: 8443, to: 443, addr: "198.51.100.11", type: "tcp", keepalive: true, domain: null });
    const ports = await client().listPorts({ service: 1202 });
    expect(ports.at(-1)).toEqual(added);
  });

  it("Port/add: a second HTTP site may share port 80 under another domain", async () => {
    const added = await client().addPort({
      service: 1201,
      port: { from: 80, to: 80, addr: "192.0.2.12", type: "http", domain: "shop.example.com" },
    });
    expect(added).toMatchObject({ from: 80, type: "http", keepalive: false, domain: "shop.example.com" });
  });

  it("Port/add: a port already in use is a conflict", async () => {
    await expectProviderError(client().addPort({ service: 1201, port: { from: 443, to: 8443, addr: "192.0.2.10", type: "http" } }), "conflict", {
      message: /already in use/,
    });
  });

  it("Port/add: past the plan's port limit is Out of Stock", async () => {
    const add = (from: number) => client().addPort({ service: 1202, port: { from, to: from, addr: "198.51.100.10", type: "tcp" } });
    for (const from of [3000, 3001, 3002]) await add(from);
    await expectProviderError(add(3003), "out-of-stock", { providerCode: "Out of Stock" });
  });

  it("Port/add: invalid ports, addresses and types are refused before anything is sent", async () => {
    const context = x4bContext(running.baseUrl, demoHostKey);
    const refused = createX4bClient(context);
    await expectProviderError(refused.addPort({ service: 1201, port: { from: 70000, to: 80, addr: "192.0.2.10", type: "tcp" } }), "invalid-input", {
      field: "port.from",
    });
    await expectProviderError(refused.addPort({ service: 1201, port: { from: 81, to: 80, addr: "192.0.2.300", type: "tcp" } }), "invalid-input", {
      field: "port.addr",
    });
    expect(context.transport.requests).toHaveLength(0);
  });

  it("Port/update: changes to, addr and keepalive, visible on the next read", async () => {
    const updated = await client().updatePort({ id: 5002, port: { to: 8443, addr: "192.0.2.11", keepalive: true } });
    expect(updated).toEqual({ id: 5002, from: 443, to: 8443, addr: "192.0.2.11", type: "tcp", keepalive: true, domain: null });
    const ports = await client().listPorts({ service: 1201 });
    expect(ports.find((port) => port.id === 5002)).toEqual(updated);
    await expect(client().updatePort({ id: 5001, port: { keepalive: false } })).resolves.toMatchObject({ keepalive: false, to: 80 });
  });

  it("Port/update: unknown or foreign ports are not found; an empty change is refused", async () => {
    await expectProviderError(client().updatePort({ id: 9999, port: { to: 81 } }), "not-found", { message: /Port not found/ });
    await expectProviderError(client().updatePort({ id: 5020, port: { to: 81 } }), "not-found");
    await expectProviderError(client().updatePort({ id: 5001, port: {} }), "invalid-input", { field: "port" });
  });

  it("Port/delete: deletes the port on `from` for one domain, or every domain", async () => {
    await expect(client().deletePort({ service: 1201, port: { from: 80, domain: "api.example.com" } })).resolves.toEqual({ deleted: 1 });
    expect((await client().listPorts({ service: 1201 })).map((port) => port.id)).toEqual([5001, 5002, 5004]);
    await client().addPort({ service: 1201, port: { from: 80, to: 80, addr: "192.0.2.12", type: "http", domain: "b.example.com" } });
    await expect(client().deletePort({ service: 1201, port: { from: 80 } })).resolves.toEqual({ deleted: 2 });
    await expect(client().deletePort({ service: 1201, port: { from: 80 } })).resolves.toEqual({ deleted: 0 });
    await expectProviderError(client().listAcls({ service: 1201, portId: 5001 }), "not-found");
  });

  it("Port/delete: another account's lease is not found", async () => {
    await expectProviderError(client().deletePort({ service: 1301, port: { from: 80 } }), "not-found");
  });
});
