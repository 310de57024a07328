import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { phpUnserialize } from "./test-support/php-unserialize";
import { startX4bSandbox, type RunningX4bSandbox } from "./test-support/sandbox";

/**
 * The document's own examples, sent as written with plain fetch: its PHP APICall class builds
 * `{server}/{module}/{method}.{type}?http_build_query($argument)` with `type` "ps" by default, forwards the session
 * cookie, and reads `response` or `error`/`code`. Also its statements "Arguments are supplied via GET or POST data"
 * and "Result is returned as JSON encoded data by default".
 */
let running: RunningX4bSandbox;
let server: string;

beforeAll(async () => {
  running = await startX4bSandbox();
  server = running.baseUrl;
});
afterAll(() => running.close());
beforeEach(() => running.sandbox.reset());

type Envelope = { response?: unknown; error?: string; code?: string };

/** APICall::call($module, $method, $argument, $type) with the session cookie transferred. */
async function apiCall(module: string, method: string, argument: Record<string, string>, type = "ps", cookie?: string) {
  const url = `${server.replace(/\/+$/, "")}/${module}/${method}.${type}?${new URLSearchParams(argument).toString()}`;
  const answer = await fetch(url, { headers: cookie ? { cookie } : {} });
  const text = await answer.text();
  const data = (type === "json" ? JSON.parse(text) : phpUnserialize(text)) as Envelope;
  return { data, setCookie: answer.headers.get("set-cookie") };
}

async function loginCookie(): Promise<string> {
  const { data, setCookie } = await apiCall("User", "login", { user: "demo@example.com", pass: "demo-pass" });
  expect(data).toHaveProperty("response");
  return setCookie?.split(";")[0] ?? "";
}

describe("X4B document examples", () => {
  it("PHP APICall: User/login.ps returns a response and a session cookie", async () => {
    const cookie = await loginCookie();
    expect(cookie).toMatch(/^PHPSESSID=\w+$/);
  });

  it("PHP APICall: Service/all.ps with the transferred session returns id, type, data", async () => {
    const cookie = await loginCookie();
    const { data } = await apiCall("Service", "all", {}, "ps", cookie);
    const services = data.response as Record<string, unknown>[];
    expect(services[0]).toEqual({ id: "1201", type: "lease", data: { addr: "203.0.113.140", server: "1", plan: "2" } });
    expect(services.find((service) => service.type === "unsupported")).not.toHaveProperty("data");
  });

  it("PHP APICall: type json returns the same data as JSON", async () => {
    const cookie = await loginCookie();
    const ps = await apiCall("Port", "all", { service: "1201" }, "ps", cookie);
    const json = await apiCall("Port", "all", { service: "1201" }, "json", cookie);
    expect(json.data).toEqual(ps.data);
    for (const port of json.data.response as Record<string, unknown>[]) {
      expect(Object.keys(port)).toEqual(expect.arrayContaining(["id", "from", "to", "addr", "type", "keepalive"]));
    }
  });

  it("PHP APICall: an error is {error, code} in both formats", async () => {
    const ps = await apiCall("Server", "all", {}, "ps");
    const json = await apiCall("Server", "all", {}, "json");
    expect(ps.data).toEqual({ error: "Not logged in", code: "Authentication Error" });
    expect(json.data).toEqual(ps.data);
    const badLogin = await apiCall("User", "login", { user: "demo@example.com", pass: "nope" }, "json");
    expect(badLogin.data).toEqual({ error: "Invalid username or password", code: "Authentication Error" });
  });

  it("Result is returned as JSON by default: no suffix answers JSON", async () => {
    const answer = await fetch(`${server}/Plan/all?HOST_KEY=demo-host-key`);
    expect(answer.headers.get("content-type")).toContain("application/json");
    const { response } = (await answer.json()) as { response: Record<string, unknown>[] };
    expect(response[0]).toEqual({ id: "1", name: "Starter 50GB", gb: "50", bill: "MONTH" });
  });

  it("Arguments are supplied via GET or POST data: the same call both ways", async () => {
    const cookie = await loginCookie();
    const viaGet = await (await fetch(`${server}/Service/usage.json?service=1201`, { headers: { cookie } })).json();
    const viaPost = await (
      await fetch(`${server}/Service/usage.json`, {
        method: "POST",
        headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
        body: "service=1201",
      })
    ).json();
    expect(viaGet).toEqual({ response: { used: 182.37, unit: "GB" } });
    expect(viaPost).toEqual(viaGet);
  });

  it("HOST_KEY parameter: removes the need to explicitly login", async () => {
    const { data } = await apiCall("Server", "all", { HOST_KEY: "demo-host-key" }, "json");
    const servers = data.response as Record<string, unknown>[];
    expect(Object.keys(servers[0] ?? {})).toEqual(["id", "name", "flag", "available_proxies_v4", "available_proxies_v6"]);
  });

  it("Port/add, Port/update, Port/delete: return the port data and the number of deleted ports", async () => {
    const key = { HOST_KEY: "demo-host-key" };
    const added = await apiCall(
      "Port",
      "add",
      { ...key, service: "1202", "port[from]": "8080", "port[to]": "80", "port[addr]": "198.51.100.10", "port[type]": "http", "port[keepalive]": "1" },
      "json",
    );
    expect(added.data.response).toEqual({ id: "5030", from: "8080", to: "80", addr: "198.51.100.10", type: "http", keepalive: "1", domain: null });
    const updated = await apiCall("Port", "update", { ...key, id: "5030", "port[to]": "81" }, "json");
    expect(updated.data.response).toMatchObject({ id: "5030", from: "8080", to: "81" });
    const deleted = await apiCall("Port", "delete", { ...key, service: "1202", "port[from]": "8080" }, "json");
    expect(deleted.data.response).toBe(1);
  });

  it("ACL/all, ACL/addAcl, ACL/delete: mode and mask rows, and a status string", async () => {
    const key = { HOST_KEY: "demo-host-key", service: "1201" };
    const added = await apiCall("ACL", "addAcl", { ...key, port_from: "80", "acl[mask]": "10.0.0.0/8", "acl[mode]": "deny", order: "end" }, "json");
    expect(typeof added.data.response).toBe("string");
    const all = await apiCall("ACL", "all", { ...key, port_id: "5001" }, "json");
    expect((all.data.response as unknown[]).at(-1)).toEqual({ mode: "deny", mask: "10.0.0.0/8" });
    const removed = await apiCall("ACL", "delete", { ...key, port_id: "5001", mask: "10.0.0.0/8" }, "json");
    expect(typeof removed.data.response).toBe("string");
  });
});
