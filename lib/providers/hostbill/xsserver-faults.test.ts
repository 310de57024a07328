import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { FaultMode } from "../../../sandbox/core/faults";
import { startXsserverSandbox, type RunningXsserverSandbox } from "../../../sandbox/xsserver/testing";
import type { ProviderError, ProviderErrorKind } from "../core/errors";
import { createTransport } from "../core/http";
import { providerFailure } from "../core/testing/expect-provider-error";
import { createXsserverClient, type XsserverClient, type XsserverCredentials } from "./xsserver-client";

/** A wrong password that would be easy to spot in a leaked message. */
const PASSWORD = "Fault-Test-Secret-31337";
let running: RunningXsserverSandbox;
let counter = 0;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  running = await startXsserverSandbox();
  process.on("unhandledRejection", onUnhandled);
});
afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  await running.close();
});
beforeEach(() => running.reset());

function client(credentials: Partial<XsserverCredentials> = {}, timeoutMs = 5_000): XsserverClient {
  counter += 1;
  const connectionId = `xsserver-faults-${counter}`;
  return createXsserverClient({
    connectionId,
    baseUrl: running.baseUrl,
    credentials: { username: "demo@example.com", password: "demo-pass", authMode: "token", ...credentials },
    transport: createTransport({ connectionId, baseUrl: running.baseUrl, allowedHosts: ["127.0.0.1"], retry: { maxRetries: 0 }, timeoutMs }),
  });
}

async function setFault(mode: FaultMode, extra: Record<string, unknown> = {}) {
  const response = await fetch(`${running.origin}/__sandbox/faults`, { method: "POST", body: JSON.stringify({ mode, ...extra }) });
  expect(response.status).toBe(200);
}

function expectNoSecret(error: ProviderError, secrets: string[]) {
  const text = `${error.message} ${error.providerMessage ?? ""} ${error.providerCode ?? ""} ${error.userMessage} ${JSON.stringify(error)}`;
  for (const secret of secrets) expect(text).not.toContain(secret);
}

const cases: { mode: FaultMode; kind: ProviderErrorKind }[] = [
  { mode: "http-500", kind: "upstream-down" },
  { mode: "http-503", kind: "upstream-down" },
  { mode: "timeout", kind: "timeout" },
  { mode: "html", kind: "upstream-down" },
  { mode: "malformed-json", kind: "bad-response" },
];

describe("XSServer faults", () => {
  for (const { mode, kind } of cases) {
    for (const authMode of ["token", "basic"] as const) {
      it(`${mode} (${authMode} auth) is ${kind}, with no secret in the error`, async () => {
        const xs = client({ authMode, password: "demo-pass" }, mode === "timeout" ? 300 : 5_000);
        // Token mode: sign in first so the fault hits the API call itself, then once more from a cold start (login).
        if (authMode === "token") await xs.login();
        await setFault(mode);
        const error = await providerFailure(xs.getDetails());
        expect(error.kind).toBe(kind);
        expectNoSecret(error, ["demo-pass", Buffer.from("demo@example.com:demo-pass").toString("base64")]);
        if (authMode === "token") {
          const cold = await providerFailure(client({}, mode === "timeout" ? 300 : 5_000).listTickets());
          expect(cold.kind).toBe(kind);
          expectNoSecret(cold, ["demo-pass"]);
        }
      });
    }
  }

  it("expired-credentials (token auth): the client refreshes once and the call succeeds", async () => {
    const xs = client();
    const first = await xs.login();
    await setFault("expired-credentials", { remaining: 1 });
    await expect(xs.getBalance()).resolves.toMatchObject({ currency: "EUR" });
    // The renewal used the refresh token: it is spent now.
    const spent = await providerFailure(xs.refreshToken({ refreshToken: first.refresh }));
    expect(spent.kind).toBe("auth");
  });

  it("expired-credentials (token auth) that keeps answering expired is auth after one renewal, no secret", async () => {
    const xs = client();
    const pair = await xs.login();
    await setFault("expired-credentials");
    const error = await providerFailure(xs.listInvoices());
    expect(error.kind).toBe("auth");
    expect(error.providerMessage).toBe("Expired token");
    expectNoSecret(error, ["demo-pass", pair.token, pair.refresh]);
  });

  it("expired-credentials (basic auth) is auth: HTTP Basic has nothing to renew", async () => {
    await expect(client({ authMode: "basic" }).getDetails()).resolves.toMatchObject({ id: "1847" });
    await setFault("expired-credentials");
    const expired = await providerFailure(client({ authMode: "basic" }).getDetails());
    expect(expired.kind).toBe("auth");
    expect(expired.providerCode).toBe("wronglogin");
    expectNoSecret(expired, ["demo-pass"]);
  });

  it("a wrong password never appears in any error, in either auth mode", async () => {
    for (const authMode of ["token", "basic"] as const) {
      const error = await providerFailure(client({ authMode, password: PASSWORD }).getDetails());
      expect(error.kind).toBe("auth");
      expectNoSecret(error, [PASSWORD, Buffer.from(`demo@example.com:${PASSWORD}`).toString("base64")]);
    }
  });

  it("leaves no unhandled rejection behind", async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).toEqual([]);
  });
});
