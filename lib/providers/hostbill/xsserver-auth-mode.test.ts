import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { startXsserverSandbox, type RunningXsserverSandbox } from "../../../sandbox/xsserver/testing";
import { createCountingTransport, type CountingTransport } from "../core/testing/counting-transport";
import type { ConnectionContext } from "../core/types";
import { xsserverCredentials } from "./definition";
import { forgetHostbillSession } from "./transport";
import { createXsserverClient, type XsserverCredentials } from "./xsserver-client";

let running: RunningXsserverSandbox;

beforeAll(async () => {
  running = await startXsserverSandbox();
});
afterAll(() => running.close());
beforeEach(() => running.reset());

function context(credentials: XsserverCredentials): ConnectionContext<XsserverCredentials> & { transport: CountingTransport } {
  const connectionId = `xsserver-auth-${randomUUID()}`;
  return { connectionId, baseUrl: running.baseUrl, credentials, transport: createCountingTransport(connectionId, running.baseUrl) };
}

const wire = (transport: CountingTransport) =>
  transport.requests.map((request) => `${request.method} ${request.path} ${(request.headers?.authorization ?? "none").split(" ")[0]}`);

describe("XSServer authentication modes", () => {
  it("a connection saved without choosing uses HTTP Basic, the documented mode, and never logs in", async () => {
    const credentials = xsserverCredentials.parse({ username: "demo@example.com", password: "demo-pass" });
    expect(credentials.authMode).toBe("basic");
    const ctx = context(credentials);
    await expect(createXsserverClient(ctx).getDetails()).resolves.toMatchObject({ email: "demo@example.com" });
    expect(wire(ctx.transport)).toEqual(["GET /details Basic"]);
  });

  it("token mode logs in and sends the token as Bearer while the provider allows it", async () => {
    const ctx = context({ username: "demo@example.com", password: "demo-pass", authMode: "token" });
    await createXsserverClient(ctx).getDetails();
    expect(wire(ctx.transport)).toEqual(["POST /login none", "GET /details Bearer"]);
    forgetHostbillSession(ctx.connectionId);
  });

  it("token mode falls back to Basic once when the token call is refused, and stays on Basic after that", async () => {
    await running.control("/__sandbox/tokens", { loginEnabled: false });
    const ctx = context({ username: "demo@example.com", password: "demo-pass", authMode: "token" });
    const client = createXsserverClient(ctx);
    await expect(client.getDetails()).resolves.toMatchObject({ email: "demo@example.com" });
    await expect(client.listTickets()).resolves.toEqual(expect.any(Array));
    expect(wire(ctx.transport)).toEqual(["POST /login none", "GET /details Basic", "GET /tickets Basic"]);
    forgetHostbillSession(ctx.connectionId);
  });

  it("a wrong password is not a refused token call: it is reported, not retried with Basic", async () => {
    const ctx = context({ username: "demo@example.com", password: "wrong-pass", authMode: "token" });
    await expect(createXsserverClient(ctx).getDetails()).rejects.toMatchObject({ kind: "auth", providerCode: "wronglogin" });
    expect(wire(ctx.transport)).toEqual(["POST /login none"]);
  });
});
