import { beforeEach, describe, expect, it } from "vitest";

import { createXtreamSandbox } from ".";

/** The lost URLs and loose wording allow several readings; the simulator answers all of them alike. */
const sandbox = createXtreamSandbox();
beforeEach(() => sandbox.reset());

async function call(path: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
  const response = await sandbox.app.request(path, { method: "POST", ...init });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

const form = (body: string): RequestInit => ({ headers: { "content-type": "application/x-www-form-urlencoded" }, body });

describe("accepted readings", () => {
  it("api_key as POST field or as the 4th segment, in url-encoded and multipart bodies", async () => {
    expect((await call("/api/servers/list", form("api_key=demo-api-key"))).result).toBe(true);
    expect((await call("/api/servers/list/demo-api-key")).result).toBe(true);
    const multipart = new FormData();
    multipart.set("api_key", "demo-api-key");
    multipart.set("data[username]", "multi.part");
    expect(await call("/api/line/new", { body: multipart })).toMatchObject({ result: true, username: "multi.part" });
  });

  it("the 'user' and 'stb' action names of the prose lead to lines and MAG devices", async () => {
    expect(await call("/api/user/info/demo-api-key", form("username=john.smith"))).toMatchObject({ result: true, line_info: { id: "1" } });
    expect(await call("/api/stb/info/demo-api-key", form("mac_address=00:1A:79:00:12:34"))).toMatchObject({ result: true, mag_info: { id: "1" } });
  });

  it("stream ids as id, stream_id, stream_ids[], a comma list, data[id] or a path segment", async () => {
    const offlineIds = async () => ((await call("/api/streams/offline/demo-api-key")).streams as { id: string }[]).map((stream) => stream.id);
    await call("/api/streams/stop/demo-api-key", form("stream_ids[]=1&stream_ids[]=2"));
    await call("/api/streams/stop/demo-api-key?stream_id=4", { method: "GET" });
    await call("/api/streams/stop/demo-api-key", form("data[id]=6"));
    await call("/api/streams/stop/demo-api-key/7");
    expect(await offlineIds()).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    await call("/api/streams/start/demo-api-key", form("id=1,2"));
    expect(await offlineIds()).toEqual(["3", "4", "5", "6", "7", "8"]);
    expect(await call("/api/streams/start", form("api_key=demo-api-key&stream_ids[]=1&stream_ids[]=999"))).toEqual({
      result: false,
      error: "Stream not found.",
    });
    expect(await call("/api/streams/start/demo-api-key")).toEqual({ result: false, error: "Missing parameter: id" });
  });

  it("data as one JSON text, and list columns as JSON text or one value", async () => {
    await call(
      "/api/line/new",
      form(`api_key=demo-api-key&data=${encodeURIComponent(JSON.stringify({ username: "json.data", allowed_ips: '["192.0.2.1"]' }))}`),
    );
    const info = await call("/api/line/info/demo-api-key", form("username=json.data"));
    expect(info).toMatchObject({ line_info: { allowed_ips: '["192.0.2.1"]' } });
    await call("/api/line/update/demo-api-key", form("username=json.data&data[allowed_ips]=192.0.2.9"));
    expect(await call("/api/line/info/demo-api-key", form("username=json.data"))).toMatchObject({ line_info: { allowed_ips: '["192.0.2.9"]' } });
  });

  it("line/info with a wrong password is 'Wrong Username/Password.'", async () => {
    expect(await call("/api/line/info/demo-api-key", form("username=john.smith&password=nope"))).toEqual({ result: false, error: "Wrong Username/Password." });
    expect((await call("/api/line/info/demo-api-key", form("username=john.smith&password=Xk29fjq7Lm"))).result).toBe(true);
  });

  it("the database answers type and length errors as MySQL does", async () => {
    expect(await call("/api/line/new/demo-api-key", form("data[max_allowed_connections]=many"))).toEqual({
      result: false,
      error: "SQLSTATE[HY000]: General error: 1366 Incorrect integer value: 'many' for column 'max_allowed_connections' at row 1",
    });
    expect(await call("/api/line/new/demo-api-key", form(`data[username]=${"u".repeat(51)}`))).toEqual({
      result: false,
      error: "SQLSTATE[22001]: String data, right truncated: 1406 Data too long for column 'username' at row 1",
    });
  });

  it("the expired-credentials fault is answered like a revoked key", async () => {
    sandbox.faults.set({ mode: "expired-credentials" });
    expect(await call("/api/servers/list/demo-api-key")).toEqual({ result: false, error: "Invalid API key." });
    sandbox.faults.clear();
  });
});
