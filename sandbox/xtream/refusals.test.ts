import { beforeEach, describe, expect, it } from "vitest";

import { createXtreamSandbox } from ".";

/** What the document rules out: its calls are form-encoded POSTs, read by PHP from $_POST. */
const sandbox = createXtreamSandbox();
beforeEach(() => sandbox.reset());

async function call(path: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
  const response = await sandbox.app.request(path, init);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

const form = (body: string): RequestInit => ({ method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body });
const json = (body: unknown): RequestInit => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const postOnly = { result: false, error: "Invalid request method: this call accepts POST only." };

const documentedPostCalls = [
  "line/new",
  "line/update",
  "line/delete",
  "line/info",
  "mag/new",
  "mag/update",
  "mag/delete",
  "mag/info",
  "administrators/new",
  "administrators/update",
  "administrators/list",
  "servers/update",
  "resellers/new",
  "resellers/update",
  "resellers/add_credits",
  "resellers/list",
];

describe("refused: what the document rules out", () => {
  it("GET /api/line/new/<key>?data[username]=… creates nothing", async () => {
    expect(await call("/api/line/new/demo-api-key?data[username]=via.get", { method: "GET" })).toEqual(postOnly);
    expect(await call("/api/line/info/demo-api-key", form("username=via.get"))).toEqual({ result: false, error: "Wrong Username/Password." });
  });

  it.each(documentedPostCalls)("%s as GET or PUT is refused", async (path) => {
    expect(await call(`/api/${path}/demo-api-key`, { method: "GET" })).toEqual(postOnly);
    expect(
      await call(`/api/${path}/demo-api-key`, { method: "PUT", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "username=john.smith" }),
    ).toEqual(postOnly);
  });

  it("a JSON body is not read: the key in it is missing, and so are its fields", async () => {
    expect(await call("/api/line/new", json({ api_key: "demo-api-key", data: { username: "via.json" } }))).toEqual({
      result: false,
      error: "Invalid API key.",
    });
    expect(await call("/api/line/update/demo-api-key", json({ username: "john.smith", data: { max_allowed_connections: 9 } }))).toEqual({
      result: false,
      error: "Missing parameter: username",
    });
    expect(await call("/api/line/info/demo-api-key", form("username=john.smith"))).toMatchObject({ line_info: { max_allowed_connections: "2" } });
  });

  it("a form body without its content type is not read either (PHP leaves $_POST empty)", async () => {
    expect(await call("/api/servers/list", { method: "POST", body: "api_key=demo-api-key" })).toEqual({ result: false, error: "Invalid API key." });
  });

  it("a documented POST call does not read its fields from the query string", async () => {
    expect(await call("/api/line/info/demo-api-key?username=john.smith", form(""))).toEqual({ result: false, error: "Missing parameter: username" });
  });

  it("the calls that need no POST data may be a GET", async () => {
    expect((await call("/api/servers/list/demo-api-key", { method: "GET" })).result).toBe(true);
    expect((await call("/api/servers/view/demo-api-key?id=1", { method: "GET" })).result).toBe(true);
    expect((await call("/api/streams/online/demo-api-key", { method: "GET" })).result).toBe(true);
  });
});
