import { inspect } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { isProviderError } from "./errors";
import { buildUrl, createTransport, type TransportOptions } from "./http";
import { delay, refusedPort, sendJson, startLocalServer, type LocalServer } from "./local-test-server";

let server: LocalServer;
let elsewhere: LocalServer;
let connectionSeq = 0;

function transport(options: Partial<TransportOptions> = {}) {
  return createTransport({
    connectionId: `http-test-${++connectionSeq}`,
    baseUrl: server.url,
    allowedHosts: ["127.0.0.1"],
    retry: { maxRetries: 0 },
    ...options,
  });
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

beforeAll(async () => {
  server = await startLocalServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://local");
    // Routes are matched by segment, so tests can wrap them in secret-bearing prefixes and suffixes.
    const routes = ["echo", "slow-body", "big", "hop", "to-other-origin", "secret-fail"];
    switch (`/${url.pathname.split("/").find((segment) => routes.includes(segment)) ?? ""}`) {
      case "/echo":
        return sendJson(response, 200, { method: request.method, headers: request.headers });
      case "/slow-body":
        // Headers at once, the body never: the timeout must cover reading it.
        response.writeHead(200, { "content-type": "application/json" });
        response.write('{"partial":');
        return;
      case "/big":
        response.writeHead(200, { "content-type": "text/plain" });
        for (let i = 0; i < 64; i++) response.write("x".repeat(1024));
        return void response.end();
      case "/hop": {
        const left = Number(url.searchParams.get("left"));
        if (left > 0) return void response.writeHead(302, { location: `/hop?left=${left - 1}` }).end();
        return sendJson(response, 200, { landed: true });
      }
      case "/to-other-origin":
        return void response.writeHead(307, { location: `${elsewhere.url}/echo` }).end();
      case "/secret-fail":
        await delay(10);
        return void response.destroy();
      default:
        return sendJson(response, 404, { error: "no such route" });
    }
  });
  elsewhere = await startLocalServer((request, response) => sendJson(response, 200, { headers: request.headers }));
});
afterAll(() => Promise.all([server.close(), elsewhere.close()]));

describe("buildUrl", () => {
  it("joins base, path and query", () => {
    expect(buildUrl("https://a.example/api/", "Module/Method.json", { a: 1, b: [1, 2], c: undefined }).toString()).toBe(
      "https://a.example/api/Module/Method.json?a=1&b=1&b=2",
    );
  });
});

describe("transport basics", () => {
  it("sends JSON with its headers and reads the answer", async () => {
    const response = await transport().request({ method: "POST", path: "/echo", body: { type: "json", value: { a: 1 } }, headers: { "x-key": "k" } });
    const echoed = JSON.parse(response.text) as { method: string; headers: Record<string, string> };
    expect(echoed.method).toBe("POST");
    expect(echoed.headers["content-type"]).toBe("application/json");
    expect(echoed.headers["x-key"]).toBe("k");
    expect(echoed.headers.accept).toBe("application/json");
  });

  it("times out while the body is still arriving", async () => {
    const startedAt = Date.now();
    const error = await failure(transport({ timeoutMs: 150 }).request({ method: "GET", path: "/slow-body" }));
    expect(isProviderError(error) && error.kind).toBe("timeout");
    expect(isProviderError(error) && error.providerMessage).toBe("No answer within 150 ms");
    expect(Date.now() - startedAt).toBeLessThan(5_000);
  });

  it("refuses an answer larger than the limit", async () => {
    const error = await failure(transport({ maxResponseBytes: 16 * 1024 }).request({ method: "GET", path: "/big" }));
    expect(isProviderError(error) && error.kind).toBe("bad-response");
    expect((await transport().request({ method: "GET", path: "/big" })).text).toHaveLength(64 * 1024);
  });

  it("reports a refused connection as upstream-down", async () => {
    const port = await refusedPort();
    const error = await failure(transport({ baseUrl: `http://127.0.0.1:${port}` }).request({ method: "GET", path: "/" }));
    expect(isProviderError(error) && error.kind).toBe("upstream-down");
    expect(isProviderError(error) && error.providerMessage).toBe("Could not reach the provider (ECONNREFUSED)");
  });

  it("throws the caller's own reason when it cancels", async () => {
    const controller = new AbortController();
    const pending = failure(transport().request({ method: "GET", path: "/slow-body", signal: controller.signal }));
    setTimeout(() => controller.abort(new Error("user left the page")), 30);
    expect(await pending).toMatchObject({ message: "user left the page" });
  });
});

describe("redirects", () => {
  it("follows up to 3 redirects of a GET", async () => {
    expect(JSON.parse((await transport().request({ method: "GET", path: "/hop", query: { left: 3 } })).text)).toEqual({ landed: true });
    const error = await failure(transport().request({ method: "GET", path: "/hop", query: { left: 4 } }));
    expect(isProviderError(error) && error.providerMessage).toBe("More than 3 redirects");
  });

  it("returns the redirect of a POST as is", async () => {
    const response = await transport().request({ method: "POST", path: "/hop", query: { left: 1 } });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/hop?left=0");
  });

  it("drops the caller's headers when a redirect leaves the origin, and re-checks the new target", async () => {
    const headers = { "x-api-key": "very-secret", authorization: "Bearer very-secret" };
    const refused = await failure(transport({ allowedHosts: [`127.0.0.1:${server.port}`] }).request({ method: "GET", path: "/to-other-origin", headers }));
    expect(isProviderError(refused) && refused.kind).toBe("blocked-address");
    const response = await transport().request({ method: "GET", path: "/to-other-origin", headers });
    const echoed = JSON.parse(response.text) as { headers: Record<string, string> };
    expect(echoed.headers["x-api-key"]).toBeUndefined();
    expect(echoed.headers.authorization).toBeUndefined();
  });
});

describe("secrets stay out of errors", () => {
  const secret = "s3cr3t-xtream-key";
  const everythingSaid = (error: unknown) => {
    if (!isProviderError(error)) throw new Error("expected a ProviderError");
    return [error.message, error.userMessage, JSON.stringify(error.toJSON()), inspect(error, { depth: 5 }), String(error.stack)].join("\n");
  };

  it.each([
    ["a dropped connection", "upstream-down", "/secret-fail", {}],
    ["a timeout", "timeout", "/slow-body", { timeoutMs: 50 }],
    ["a refused address", "blocked-address", "/echo", { allowedHosts: [] }],
  ])("%s (%s) names at most the host", async (_label, kind, path, extra) => {
    const t = transport({ ...extra, baseUrl: `${server.url}/live/${secret}/` });
    const error = await failure(
      t.request({ method: "GET", path: `${path}/${secret}`, query: { password: secret }, headers: { authorization: `Bearer ${secret}` } }),
    );
    expect(isProviderError(error) && error.kind).toBe(kind);
    expect(everythingSaid(error)).not.toContain(secret);
  });

  it("refuses credentials in the base URL without echoing them", async () => {
    const error = await failure(transport({ baseUrl: `http://admin:${secret}@127.0.0.1:${server.port}/` }).request({ method: "GET", path: "/echo" }));
    expect(isProviderError(error) && error.kind).toBe("invalid-input");
    expect(everythingSaid(error)).not.toContain(secret);
  });
});
