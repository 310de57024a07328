import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { startXsserverSandbox, type RunningXsserverSandbox } from "../../../sandbox/xsserver/testing";
import type { ProviderError } from "../core/errors";
import { createTransport } from "../core/http";
import { providerFailure } from "../core/testing/expect-provider-error";
import type { ConnectionContext } from "../core/types";
import { createXsserverClient, xsserverTestConnection, type XsserverCredentials } from "./xsserver-client";

let running: RunningXsserverSandbox;
let counter = 0;

beforeAll(async () => {
  running = await startXsserverSandbox();
});
afterAll(async () => {
  await running.close();
});
beforeEach(() => running.reset());

function context(credentials: Partial<XsserverCredentials> = {}): ConnectionContext<XsserverCredentials> {
  counter += 1;
  const connectionId = `xsserver-session-${counter}`;
  return {
    connectionId,
    baseUrl: running.baseUrl,
    credentials: { username: "demo@example.com", password: "demo-pass", authMode: "token", ...credentials },
    transport: createTransport({ connectionId, baseUrl: running.baseUrl, allowedHosts: ["127.0.0.1"], retry: { maxRetries: 0 }, timeoutMs: 5_000 }),
  };
}

function expectNoSecret(error: ProviderError, ...secrets: string[]) {
  const text = `${error.message} ${error.providerMessage ?? ""} ${error.providerCode ?? ""} ${error.userMessage} ${JSON.stringify(error)}`;
  for (const secret of secrets) expect(text).not.toContain(secret);
}

async function detailsWith(token: string) {
  const response = await fetch(`${running.baseUrl}/details`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe("XSServer session calls", () => {
  it("Login: returns a JWT pair whose token works as a Bearer token", async () => {
    const pair = await createXsserverClient(context()).login();
    expect(pair.token.split(".")).toHaveLength(3);
    expect(pair.refresh.split(".")).toHaveLength(3);
    expect(pair.token.startsWith("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.")).toBe(true);
    const details = await detailsWith(pair.token);
    expect(details.status).toBe(200);
  });

  it("Login: the pair becomes the connection's session (no second login for the next call)", async () => {
    const ctx = context();
    const client = createXsserverClient(ctx);
    const pair = await client.login();
    await client.getDetails();
    // The sandbox counts live pairs: one login, reused.
    const tokens = (await (await fetch(`${running.origin}/__sandbox/tokens`)).json()) as { activeTokens: number };
    expect(tokens.activeTokens).toBe(1);
    expect((await detailsWith(pair.token)).status).toBe(200);
  });

  it("Login: a wrong password is an auth error that never shows the password", async () => {
    const password = "Wrong-Secret-4711";
    const error = await providerFailure(createXsserverClient(context({ password })).login());
    expect(error.kind).toBe("auth");
    expect(error.providerCode).toBe("wronglogin");
    expect(error.status).toBe(401);
    expectNoSecret(error, password);
  });

  it("Logout: invalidates the current token; the next call signs in again", async () => {
    const client = createXsserverClient(context());
    const pair = await client.login();
    await expect(client.logout()).resolves.toEqual({ status: true });
    const old = await detailsWith(pair.token);
    expect(old.status).toBe(401);
    expect(old.body).toEqual({ error: ["Token has been revoked"] });
    await expect(client.getDetails()).resolves.toMatchObject({ email: "demo@example.com" });
  });

  it("Logout: with HTTP Basic the provider just confirms", async () => {
    await expect(createXsserverClient(context({ authMode: "basic" })).logout()).resolves.toEqual({ status: true });
  });

  it("Logout: wrong Basic credentials are an auth error", async () => {
    const error = await providerFailure(createXsserverClient(context({ authMode: "basic", password: "nope-nope" })).logout());
    expect(error.kind).toBe("auth");
  });

  it("Refresh Token: trades the refresh token for a new pair, and only once", async () => {
    const client = createXsserverClient(context());
    const first = await client.login();
    const second = await client.refreshToken();
    expect(second.token).not.toBe(first.token);
    expect((await detailsWith(second.token)).status).toBe(200);
    const again = await providerFailure(client.refreshToken({ refreshToken: first.refresh }));
    expect(again.kind).toBe("auth");
    expect(again.providerMessage).toContain("already been used");
    expectNoSecret(again, first.refresh);
    // The connection keeps working on the rotated pair.
    await expect(client.getDetails()).resolves.toMatchObject({ id: "1847" });
  });

  it("Refresh Token: a malformed refresh token is an auth error", async () => {
    const error = await providerFailure(createXsserverClient(context()).refreshToken({ refreshToken: "not-a-jwt" }));
    expect(error.kind).toBe("auth");
    expect(error.providerMessage).toBe("Wrong number of segments");
  });

  it("Refresh Token: without a session or a token it is invalid-input naming refreshToken", async () => {
    const error = await providerFailure(createXsserverClient(context()).refreshToken());
    expect(error.kind).toBe("invalid-input");
    expect(error.field).toBe("refreshToken");
  });

  it("Revoke Token: invalidates both tokens of the pair; the client signs in again afterwards", async () => {
    const client = createXsserverClient(context());
    const pair = await client.login();
    await expect(client.revokeToken()).resolves.toEqual({ status: true, revoked: true });
    expect((await detailsWith(pair.token)).status).toBe(401);
    const refresh = await providerFailure(client.refreshToken({ refreshToken: pair.refresh }));
    expect(refresh.kind).toBe("auth");
    await expect(client.getDetails()).resolves.toMatchObject({ email: "demo@example.com" });
  });

  it("Revoke Token: a forged refresh token is an auth error", async () => {
    const client = createXsserverClient(context());
    const pair = await client.login();
    const [head, body] = pair.refresh.split(".");
    const error = await providerFailure(client.revokeToken({ refreshToken: `${head}.${body}.forged` }));
    expect(error.kind).toBe("auth");
    expect(error.providerMessage).toBe("Signature verification failed");
  });

  it("User Details: returns the account in token mode and in Basic mode", async () => {
    for (const authMode of ["token", "basic"] as const) {
      const details = await createXsserverClient(context({ authMode })).getDetails();
      expect(details).toMatchObject({ id: "1847", email: "demo@example.com", firstname: "Dana", lastname: "Kramer", country: "DE" });
      expect(details.lastlogin).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    }
  });

  it("User Details: wrong Basic credentials are an auth error without the password", async () => {
    const password = "Very-Secret-Basic-99";
    const error = await providerFailure(createXsserverClient(context({ authMode: "basic", password })).getDetails());
    expect(error.kind).toBe("auth");
    expectNoSecret(error, password, Buffer.from(`demo@example.com:${password}`).toString("base64"));
  });

  it("User Details: an expired token is renewed through the refresh token, once, and the call succeeds", async () => {
    const client = createXsserverClient(context());
    const first = await client.login();
    await fetch(`${running.origin}/__sandbox/tokens`, { method: "POST", body: JSON.stringify({ expireIssued: true }) });
    expect((await detailsWith(first.token)).body).toEqual({ error: ["Expired token"] });
    await expect(client.getDetails()).resolves.toMatchObject({ email: "demo@example.com" });
    // The first refresh token was spent on the renewal.
    expect((await providerFailure(client.refreshToken({ refreshToken: first.refresh }))).kind).toBe("auth");
  });

  it("User Details: a short token lifetime is handled by renewing before each call", async () => {
    await fetch(`${running.origin}/__sandbox/tokens`, { method: "POST", body: JSON.stringify({ ttlSeconds: 1 }) });
    const client = createXsserverClient(context());
    await client.getDetails();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await expect(client.getDetails()).resolves.toMatchObject({ id: "1847" });
  });

  it("User Details: the connection test reads /details and names the account", async () => {
    await expect(xsserverTestConnection(context())).resolves.toEqual({ detail: "Signed in as demo@example.com" });
    const error = await providerFailure(xsserverTestConnection(context({ password: "wrong-one" })));
    expect(error.kind).toBe("auth");
  });
});
