import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";

import { createTransport } from "../core/http";
import { providerFailure } from "../core/testing/expect-provider-error";
import { createHostbillCore, forgetHostbillSession, time4vpsPreset, xsserverPreset, type HostbillCredentials, type HostbillPreset } from "./transport";

/** A scriptable HostBill look-alike: each test sets `handler`; every request is recorded. */
type Handler = (req: IncomingMessage & { body: string }, res: ServerResponse) => void;
let handler: Handler = (_req, res) => res.end("{}");
const seen: { method: string; url: string; authorization?: string; body: string }[] = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", authorization: req.headers.authorization, body });
      handler(Object.assign(req, { body }), res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
});

const json = (res: ServerResponse, status: number, value: unknown) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(value));
};

let counter = 0;
function core(preset: HostbillPreset = time4vpsPreset, credentials: Partial<HostbillCredentials> = {}, connectionId = `core-${++counter}`) {
  return createHostbillCore(
    {
      connectionId,
      baseUrl,
      credentials: { username: "api@example.com", password: "s3cret-pass", ...credentials },
      transport: createTransport({ connectionId, baseUrl, allowedHosts: ["127.0.0.1"], retry: { maxRetries: 0 }, timeoutMs: 2_000 }),
    },
    preset,
  );
}

const anything = z.looseObject({});

describe("HostBill core: Basic auth and answers", () => {
  it("sends Basic credentials, JSON bodies and query input", async () => {
    handler = (_req, res) => json(res, 200, { ok: true });
    const hb = core();
    await hb.get("/service", anything, { rel_type: "invoice" });
    await hb.post("/service/1/label", anything, { label: "x" });
    expect(seen[0]).toMatchObject({ method: "GET", url: "/api/service?rel_type=invoice" });
    expect(seen[0]?.authorization).toBe(`Basic ${Buffer.from("api@example.com:s3cret-pass").toString("base64")}`);
    expect(seen[1]).toMatchObject({ method: "POST", body: '{"label":"x"}' });
  });

  it.each([
    ["an array", { error: ["wronglogin"] }, 401, "auth"],
    ["a string", { error: "wronglogin" }, 200, "auth"],
    ["a not-found message", { error: ["Invalid service ID"] }, 200, "not-found"],
    ["a validation message", { error: ["Field 'content' is invalid: bad"] }, 400, "invalid-input"],
    ["a busy server", { error: ["Server has an active task"] }, 400, "conflict"],
    ["out of stock", { error: ["Product is out of stock"] }, 400, "out-of-stock"],
    ["a 5xx", { error: "Internal Server Error" }, 500, "upstream-down"],
    ["a 429", { error: ["Too many requests"] }, 429, "rate-limited"],
  ] as const)("maps an error given as %s", async (_label, body, status, kind) => {
    handler = (_req, res) => json(res, status, body);
    const error = await providerFailure(core().get("/details", anything));
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.providerMessage).toBe(Array.isArray(body.error) ? body.error.join("; ") : body.error);
  });

  it("names the field of a validation message", async () => {
    handler = (_req, res) => json(res, 400, { error: ["Field 'ttl' is invalid: too low"] });
    expect(await providerFailure(core().post("/x", anything, {}))).toMatchObject({ kind: "invalid-input", field: "ttl" });
  });

  it("reads a success that carries an empty error list", async () => {
    handler = (_req, res) => json(res, 200, { summary: { total: 1 }, error: [] });
    await expect(core().post("/quote", z.looseObject({ summary: z.object({ total: z.number() }) }), {})).resolves.toMatchObject({ summary: { total: 1 } });
  });

  it("an empty answer is HostBill discarding a request over its rate limit", async () => {
    handler = (_req, res) => res.end("");
    expect((await providerFailure(core().get("/details", anything))).kind).toBe("rate-limited");
  });

  it("a connection closed without an answer is rate-limited too", async () => {
    handler = (req) => req.socket.destroy();
    expect((await providerFailure(core().get("/details", anything))).kind).toBe("rate-limited");
  });

  it("an HTML error page is upstream-down; other non-JSON is bad-response; a wrong shape is bad-response", async () => {
    handler = (_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<html><body>Bad gateway</body></html>");
    };
    expect((await providerFailure(core().get("/details", anything))).kind).toBe("upstream-down");
    handler = (_req, res) => res.end("OK, done");
    expect((await providerFailure(core().get("/details", anything))).kind).toBe("bad-response");
    handler = (_req, res) => json(res, 200, { client: "not an object" });
    expect((await providerFailure(core().get("/details", z.looseObject({ client: z.looseObject({}) })))).kind).toBe("bad-response");
  });

  it("getText returns a plain-text answer but still maps JSON errors", async () => {
    handler = (_req, res) => res.end("-----BEGIN CERTIFICATE-----\nAA\n-----END CERTIFICATE-----\n");
    expect((await core().getText("/certificate/1/crt")).text).toContain("BEGIN CERTIFICATE");
    handler = (_req, res) => json(res, 400, { error: ["Certificate is not issued yet"] });
    expect((await providerFailure(core().getText("/certificate/1/crt"))).kind).toBe("invalid-input");
  });

  it("never repeats the password, even when the provider echoes it", async () => {
    handler = (_req, res) => json(res, 400, { error: ["Password s3cret-pass is wrong for api@example.com"] });
    const error = await providerFailure(core().get("/details", anything));
    expect(error.providerMessage).toBe("Password [redacted] is wrong for api@example.com");
    expect(JSON.stringify(error.toJSON()) + error.message).not.toContain("s3cret-pass");
  });
});

/** XSServer-style token login: POST /login → {token, refresh}; Bearer; POST /token to refresh; POST /revoke. */
function tokenServer(options: { expireFirstToken?: boolean; refreshFails?: boolean; alwaysReject?: boolean; expSoon?: boolean } = {}) {
  let issued = 0;
  const valid = new Set<string>();
  const jwt = (n: number) => {
    // expSoon: the first token expires within the renewal margin, so its second use renews it first.
    const exp = options.expSoon && n === 1 ? Math.floor(Date.now() / 1000) + 10 : Math.floor(Date.now() / 1000) + 3600;
    return `h.${Buffer.from(JSON.stringify({ sub: "26", exp, n })).toString("base64url")}.s`;
  };
  const issue = () => {
    issued += 1;
    const pair = { token: jwt(issued), refresh: `refresh-${issued}` };
    valid.add(pair.token);
    return pair;
  };
  handler = (req, res) => {
    const url = req.url ?? "";
    const body = req.body ? (JSON.parse(req.body) as Record<string, string>) : {};
    if (url === "/api/login") {
      if (body.username === "api@example.com" && body.password === "s3cret-pass") return json(res, 200, issue());
      return json(res, 401, { error: ["wronglogin"] });
    }
    if (url === "/api/token") {
      if (options.refreshFails || !String(body.refresh_token).startsWith("refresh-")) return json(res, 401, { error: ["invalid token"] });
      return json(res, 200, issue());
    }
    if (url === "/api/revoke") return json(res, 200, { status: true });
    const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
    if (options.alwaysReject || !valid.has(token)) return json(res, 401, { error: ["invalid token"] });
    if (options.expireFirstToken && token === jwt(1)) {
      valid.delete(token);
      return json(res, 401, { error: ["token expired"] });
    }
    return json(res, 200, { client: { email: "api@example.com" } });
  };
}

const paths = () => seen.map((request) => request.url.replace("/api", ""));

describe("HostBill core: token mode", () => {
  it("logs in once per connection and sends the token as Bearer", async () => {
    tokenServer();
    const id = `token-${++counter}`;
    await core(xsserverPreset, { authMode: "token" }, id).get("/details", anything);
    await core(xsserverPreset, { authMode: "token" }, id).get("/details", anything);
    expect(paths()).toEqual(["/login", "/details", "/details"]);
    expect(seen[1]?.authorization).toMatch(/^Bearer h\./);
    expect(JSON.parse(seen[0]?.body ?? "{}")).toEqual({ username: "api@example.com", password: "s3cret-pass" });
  });

  it("parallel first calls share one login", async () => {
    tokenServer();
    const hb = core(xsserverPreset, { authMode: "token" });
    await Promise.all([hb.get("/details", anything), hb.get("/details", anything), hb.get("/details", anything)]);
    expect(paths().filter((path) => path === "/login")).toHaveLength(1);
  });

  it("an expired token is refreshed once and the call retried", async () => {
    tokenServer({ expireFirstToken: true });
    await expect(core(xsserverPreset, { authMode: "token" }).get("/details", anything)).resolves.toBeDefined();
    expect(paths()).toEqual(["/login", "/details", "/token", "/details"]);
    expect(JSON.parse(seen[2]?.body ?? "{}")).toEqual({ refresh_token: "refresh-1" });
  });

  it("a cached token whose exp is (nearly) reached is renewed before the call", async () => {
    tokenServer({ expSoon: true });
    const hb = core(xsserverPreset, { authMode: "token" });
    await hb.get("/details", anything);
    await hb.get("/details", anything);
    expect(paths()).toEqual(["/login", "/details", "/token", "/details"]);
  });

  it("when the refresh token is refused too, it logs in again", async () => {
    tokenServer({ expireFirstToken: true, refreshFails: true });
    await core(xsserverPreset, { authMode: "token" }).get("/details", anything);
    expect(paths()).toEqual(["/login", "/details", "/token", "/login", "/details"]);
  });

  it("renews only once: a token refused again is an auth error, not a loop", async () => {
    tokenServer({ alwaysReject: true });
    const error = await providerFailure(core(xsserverPreset, { authMode: "token" }).get("/details", anything));
    expect(error.kind).toBe("auth");
    expect(paths()).toEqual(["/login", "/details", "/token", "/details"]);
    expect(JSON.stringify(error.toJSON()) + error.message).not.toMatch(/h\.|refresh-|s3cret/);
  });

  it("a wrong password at login is auth, without the password in the error", async () => {
    tokenServer();
    const error = await providerFailure(core(xsserverPreset, { authMode: "token", password: "wrong-password-1" }).get("/details", anything));
    expect(error).toMatchObject({ kind: "auth", providerCode: "wronglogin" });
    expect(error.message + (error.providerMessage ?? "")).not.toContain("wrong-password-1");
  });

  it("changed credentials on the same connection do not reuse the old token", async () => {
    tokenServer();
    const id = `token-${++counter}`;
    await core(xsserverPreset, { authMode: "token" }, id).get("/details", anything);
    const error = await providerFailure(core(xsserverPreset, { authMode: "token", password: "other-password" }, id).get("/details", anything));
    expect(error.kind).toBe("auth");
    expect(paths()).toEqual(["/login", "/details", "/login"]);
  });

  it("revoke invalidates the pair at the provider and forgets it", async () => {
    tokenServer();
    const id = `token-${++counter}`;
    const hb = core(xsserverPreset, { authMode: "token" }, id);
    await hb.get("/details", anything);
    await hb.revoke();
    await hb.get("/details", anything);
    expect(paths()).toEqual(["/login", "/details", "/revoke", "/login", "/details"]);
    expect(JSON.parse(seen[2]?.body ?? "{}")).toEqual({ refresh_token: "refresh-1" });
    forgetHostbillSession(id);
  });

  it("Time4VPS has no token endpoints: token mode falls back to Basic", async () => {
    handler = (_req, res) => json(res, 200, {});
    const hb = core(time4vpsPreset, { authMode: "token" });
    expect(hb.authMode).toBe("basic");
    await hb.get("/details", anything);
    expect(seen[0]?.authorization).toMatch(/^Basic /);
  });
});
