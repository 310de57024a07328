import { afterEach, describe, expect, it, vi } from "vitest";

import { createTime4vpsSandbox } from "./index";

const basic = `Basic ${Buffer.from("demo@example.com:demo-pass").toString("base64")}`;

function harness() {
  const sandbox = createTime4vpsSandbox();
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await sandbox.app.fetch(
      new Request(`http://127.0.0.1:4103${path}`, {
        method,
        headers: { authorization: basic, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    return { status: response.status, json: (await response.json()) as Record<string, unknown> & { error?: string[] } };
  };
  return { sandbox, call };
}

afterEach(() => vi.useRealTimers());

describe("Time4VPS sandbox", () => {
  it("is deterministic and reset() restores the seed", async () => {
    const a = harness();
    const b = harness();
    expect((await a.call("GET", "/api/dns")).json).toEqual((await b.call("GET", "/api/dns")).json);
    await a.call("DELETE", "/api/service/1308/dns/60");
    await a.call("POST", "/api/service/1301/label", { label: "changed" });
    a.sandbox.reset();
    expect((await a.call("GET", "/api/dns")).json).toEqual((await b.call("GET", "/api/dns")).json);
    expect((await a.call("GET", "/api/service/1301/label")).json).toEqual({ label: "Web frontend" });
  });

  it("answers HostBill's wronglogin for a wrong password and for the expired-credentials fault", async () => {
    const { sandbox } = harness();
    const wrong = await sandbox.app.fetch(
      new Request("http://x/api/details", { headers: { authorization: `Basic ${Buffer.from("demo@example.com:nope").toString("base64")}` } }),
    );
    expect([wrong.status, await wrong.json()]).toEqual([401, { error: ["wronglogin"] }]);
    sandbox.faults.set({ mode: "expired-credentials" });
    const expired = await sandbox.app.fetch(new Request("http://x/api/details", { headers: { authorization: basic } }));
    expect([expired.status, await expired.json()]).toEqual([401, { error: ["wronglogin"] }]);
  });

  it("validates DNS records like the provider, whatever the client checked", async () => {
    const { call } = harness();
    const add = (record: Record<string, unknown>) => call("POST", "/api/service/1308/dns/60/records", { ttl: 3600, priority: 0, ...record });
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ name: "a", type: "A", content: "2a02::1" }, /valid IPv4/],
      [{ name: "a", type: "AAAA", content: "10.0.0.1" }, /valid IPv6/],
      [{ name: "@", type: "MX", content: "mx.example.com", priority: "" }, /priority/],
      [{ name: "@", type: "CNAME", content: "x.example.com" }, /zone apex/],
      [{ name: "_x._tcp", type: "SRV", content: "5060 sip.example.com" }, /weight port target/],
      [{ name: "@", type: "CAA", content: "issue letsencrypt.org" }, /flags tag/],
      [{ name: "a", type: "A", content: "1.2.3.4", ttl: 5 }, /ttl/],
      [{ name: "a", type: "PTR", content: "x.example.com" }, /not supported/],
      [{ name: "bad name!", type: "A", content: "1.2.3.4" }, /not a name inside/],
    ];
    for (const [record, message] of cases) {
      const result = await add(record);
      expect(result.status).toBe(400);
      expect(result.json.error?.join(" ")).toMatch(message);
    }
    const ok = await add({ name: "sip.demo-hostdeck.eu.", type: "SRV", content: "10 5 5060 sip.demo-hostdeck.eu", priority: "" });
    expect(ok.json.record).toMatchObject({ name: "sip", priority: 10, content: "5 5060 sip.demo-hostdeck.eu" });
  });

  it("moves tasks through activated, assigned and completed with the configured step, and completes on demand", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { sandbox, call } = harness();
    await sandbox.app.fetch(new Request("http://x/__sandbox/tasks", { method: "POST", body: JSON.stringify({ stepMs: 1_000 }) }));
    const { json } = await call("POST", "/api/server/1303/rename", { hostname: "vault.example.org" });
    const path = `/api/server/1303/task/${String(json.task_id)}`;
    expect((await call("GET", path)).json).toMatchObject({ name: "server_rename", assigned: "", completed: "" });
    vi.advanceTimersByTime(1_000);
    expect((await call("GET", path)).json).toMatchObject({ assigned: expect.stringMatching(/\+00:00$/), completed: "" });
    expect((await call("GET", "/api/server/1303")).json).toMatchObject({ domain: "backup.demo-hostdeck.eu", active_task: { name: "server_rename" } });
    vi.advanceTimersByTime(1_000);
    expect((await call("GET", path)).json).toMatchObject({ results: "Hostname changed to vault.example.org" });
    expect((await call("GET", "/api/server/1303")).json).toMatchObject({ domain: "vault.example.org", active_task: null });

    await call("POST", "/api/server/1303/reboot");
    const completed = await sandbox.app.fetch(new Request("http://x/__sandbox/tasks/complete", { method: "POST" }));
    expect(await completed.json()).toEqual({ completed: 1 });
    expect((await call("GET", "/api/server/1303")).json.active_task).toBeNull();
  });

  it("graph links expire after a few minutes and cannot be altered", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { sandbox, call } = harness();
    const graphs = (await call("GET", "/api/server/1301/graphs/300")).json as unknown as { url: string }[];
    const url = `http:${graphs[0]!.url}`;
    expect((await sandbox.app.fetch(new Request(url))).status).toBe(200);
    expect((await sandbox.app.fetch(new Request(url.replace("width=300", "width=700")))).status).toBe(403);
    vi.advanceTimersByTime(6 * 60_000);
    expect((await sandbox.app.fetch(new Request(url))).status).toBe(403);
  });

  it("unknown API paths and unreadable bodies get HostBill's error shape", async () => {
    const { sandbox, call } = harness();
    expect(await call("GET", "/api/nothing/here")).toEqual({ status: 404, json: { error: ["Invalid API method"] } });
    const broken = await sandbox.app.fetch(
      new Request("http://x/api/contact", { method: "POST", headers: { authorization: basic, "content-type": "application/json" }, body: "{oops" }),
    );
    expect([broken.status, await broken.json()]).toEqual([400, { error: ["Invalid request body"] }]);
  });
});

describe("Time4VPS sandbox: what the document rules out", () => {
  it.each([
    ["POST", "/api/details"],
    ["DELETE", "/api/server/1301"],
    ["GET", "/api/server/1301/reboot"],
    ["PUT", "/api/server/1301/changeptr"],
    ["POST", "/api/server/1301/ips"],
    ["POST", "/api/contact/privileges"],
    ["GET", "/api/notifications/1/ack"],
  ])("%s %s is not a documented call: HostBill's 404, nothing done", async (method, path) => {
    const { call } = harness();
    expect(await call(method, path)).toEqual({ status: 404, json: { error: ["Invalid API method"] } });
  });

  it("a task started under the task-failure fault completes with an error result and changes nothing", async () => {
    const { sandbox, call } = harness();
    await sandbox.app.fetch(
      new Request("http://127.0.0.1:4103/__sandbox/tasks", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ stepMs: 0 }),
      }),
    );
    sandbox.faults.set({ mode: "task-failure", pathContains: "/rename", remaining: 1 });
    const { json } = await call("POST", "/api/server/1303/rename", { hostname: "renamed.example.org" });
    const task = (await call("GET", `/api/server/1303/task/${String(json.task_id)}`)).json;
    expect(task).toMatchObject({ name: "server_rename", results: expect.stringMatching(/^Task failed: rename could not be completed/) });
    expect((await call("GET", "/api/server/1303")).json.domain).not.toBe("renamed.example.org");
    // The next one (the fault is spent) succeeds.
    const next = await call("POST", "/api/server/1303/rename", { hostname: "renamed.example.org" });
    expect((await call("GET", `/api/server/1303/task/${String(next.json.task_id)}`)).json).toMatchObject({
      results: "Hostname changed to renamed.example.org",
    });
  });
});
