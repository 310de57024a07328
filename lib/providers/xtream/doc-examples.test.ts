import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startXtream, type RunningXtream } from "./test-sandbox";

/**
 * The document's PHP examples, sent as written: POST, Content-type application/x-www-form-urlencoded,
 * body from http_build_query($post_data). Values the capture lost (`X`, the server IPs, the e-mail that
 * Cloudflare replaced with "[email protected]") are filled with plausible ones. The examples run in order,
 * on one sandbox, as someone following the page would run them.
 */

type PhpValue = string | number | boolean | { [key: string]: PhpValue };

/** PHP's http_build_query: keys and values percent-encoded, spaces as "+", true as 1, nested as a[b]. */
function httpBuildQuery(data: Record<string, PhpValue>, prefix?: string): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    const name = prefix ? `${prefix}[${key}]` : key;
    if (typeof value === "object") parts.push(httpBuildQuery(value, name));
    else parts.push(`${encode(name)}=${encode(typeof value === "boolean" ? (value ? "1" : "0") : String(value))}`);
  }
  return parts.filter(Boolean).join("&");
}
const encode = (text: string) =>
  encodeURIComponent(text)
    .replace(/%20/g, "+")
    .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

let xtream: RunningXtream;
beforeAll(async () => {
  xtream = await startXtream();
});
afterAll(() => xtream.close());

const apiKey = "demo-api-key";
const strtotimePlusOneMonth = () => {
  const date = new Date();
  date.setMonth(date.getMonth() + 1);
  return Math.floor(date.getTime() / 1000);
};

/** `json_decode(file_get_contents($panel_url . $path, false, $context), true)` */
async function phpPost(path: string, postData: Record<string, PhpValue>): Promise<Record<string, unknown>> {
  const response = await fetch(`${xtream.origin}/${path}`, {
    method: "POST",
    headers: { "Content-type": "application/x-www-form-urlencoded" },
    body: httpBuildQuery(postData),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

describe("the document's examples", () => {
  const ids: Record<string, number> = {};

  it("Creating New Line (api/line/new)", async () => {
    const result = await phpPost("api/line/new", {
      api_key: apiKey,
      data: {
        username: "test_username",
        password: "test_password",
        max_allowed_connections: 1,
        restreamer: 1,
        expire_date: strtotimePlusOneMonth(),
        subscription_plan_id: 1,
      },
    });
    expect(result).toEqual({ result: true, created_id: expect.any(Number), username: "test_username", password: "test_password" });
  });

  it("Creating New Line, again: Example(API Failed) 'Username exists.'", async () => {
    const result = await phpPost("api/line/new", { api_key: apiKey, data: { username: "test_username", password: "other" } });
    expect(result).toEqual({ result: false, error: "Username exists." });
  });

  it("Editing Line (api/line/update)", async () => {
    const result = await phpPost("api/line/update", {
      api_key: apiKey,
      username: "test_username",
      data: { password: "test_password", max_allowed_connections: 10, restreamer: 1, expire_date: strtotimePlusOneMonth() },
    });
    expect(result).toEqual({ result: true, modified_id: expect.any(Number), username: "test_username", password: "test_password" });
  });

  it("Editing Line: Example(API Failed) 'Wrong Username/Password.'", async () => {
    const result = await phpPost("api/line/update", { api_key: apiKey, username: "no_such_user", data: { max_allowed_connections: 2 } });
    expect(result).toEqual({ result: false, error: "Wrong Username/Password." });
  });

  it("View Line Information (api/line/info)", async () => {
    const result = await phpPost("api/line/info", { api_key: apiKey, username: "test_username" });
    expect(result.result).toBe(true);
    expect(Array.isArray(result.line_conn_info)).toBe(true);
    const lineInfo = result.line_info as Record<string, unknown>;
    expect(lineInfo.expire_date).toEqual(expect.stringMatching(/^\d+$/));
    expect(String(lineInfo.max_allowed_connections)).toBe("10");
    expect((result.line_channel_ids as unknown[]).join(",")).toBe("1,2,3,4,5");
  });

  it("Example API Call To Create New MAG (api/mag/new)", async () => {
    const result = await phpPost("api/mag/new", {
      api_key: apiKey,
      data: { mac_address: "00:1A:79:79:79:79", expire_date: strtotimePlusOneMonth(), subscription_plan_id: 1 },
    });
    expect(result).toMatchObject({ result: true, created_id: expect.any(Number) });
  });

  it("Create New MAG, again: Example(API Failed) 'MAC Address already exists'", async () => {
    const result = await phpPost("api/mag/new", { api_key: apiKey, data: { mac_address: "00:1A:79:79:79:79" } });
    expect(result).toEqual({ result: false, error: "MAC Address already exists" });
  });

  it("Example API Call To Edit a MAG Device (api/mag/update)", async () => {
    const result = await phpPost("api/mag/update", {
      api_key: apiKey,
      mac_address: "00:1A:79:79:79:79",
      data: { expire_date: strtotimePlusOneMonth(), subscription_plan_id: 1 },
    });
    expect(result).toMatchObject({ result: true, modified_id: expect.any(Number) });
  });

  it("Edit a MAG Device: Example(API Failed) 'Invalid MAC Address'", async () => {
    const result = await phpPost("api/mag/update", { api_key: apiKey, mac_address: "00-1A-79-79-79", data: { subscription_plan_id: 1 } });
    expect(result).toEqual({ result: false, error: "Invalid MAC Address" });
  });

  it("View Information MAG Device (api/mag/info)", async () => {
    const result = await phpPost("api/mag/info", { api_key: apiKey, mac_address: "00:1A:79:79:79:79" });
    expect(result.result).toBe(true);
    expect(Array.isArray(result.mag_conn_info)).toBe(true);
    const magInfo = result.mag_info as Record<string, unknown>;
    expect(magInfo.expire_date).toEqual(expect.stringMatching(/^\d+$/));
    expect(magInfo.max_allowed_connections).toBe("1");
    expect((result.mag_channel_ids as unknown[]).join(",")).toBe("1,2,3,4,5");
  });

  it("Add New Administrator (api/administrators/new)", async () => {
    const result = await phpPost("api/administrators/new", {
      api_key: apiKey,
      data: { username: "test_username", password: "test_password", email: "test@example.com", group_id: 1 },
    });
    expect(result).toMatchObject({ result: true, created_id: expect.any(Number) });
    ids.administrator = result.created_id as number;
  });

  it("Edit Administrator (api/administrators/update)", async () => {
    const result = await phpPost("api/administrators/update", { api_key: apiKey, id: ids.administrator ?? 0, data: { email: "test2@example.com" } });
    expect(result).toMatchObject({ result: true, modified_id: ids.administrator });
  });

  it("List Panel Administrators (api/administrators/list)", async () => {
    const result = await phpPost("api/administrators/list", { api_key: apiKey });
    expect(result.result).toBe(true);
    const admins = result.administrators as Record<string, unknown>[];
    expect(admins.find((admin) => admin.username === "test_username")).toMatchObject({
      email: "test2@example.com",
      group_id: "1",
      group_name: "Administrators",
    });
  });

  it("List Servers: no POST action is required (GET, key as the 4th segment)", async () => {
    const response = await fetch(`${xtream.origin}/api/servers/list/${apiKey}`);
    const result = (await response.json()) as Record<string, unknown>;
    expect(result.result).toBe(true);
    expect((result.servers as Record<string, unknown>[]).map((server) => server.status)).toEqual(["1", "1", "0"]);
  });

  it("View the details of a single server with its ID (GET, key as the 4th segment, id in the URL)", async () => {
    for (const url of [`api/servers/view/${apiKey}?id=2`, `api/servers/view/${apiKey}/2`]) {
      const result = (await (await fetch(`${xtream.origin}/${url}`)).json()) as Record<string, unknown>;
      expect(result).toMatchObject({ result: true, server_info: { id: "2", server_name: "LB Frankfurt" } });
    }
  });

  it("Editing Server (api/servers/update)", async () => {
    const result = await phpPost("api/servers/update", { api_key: apiKey, id: 2, data: { server_ip: "192.0.2.50", vpn_ip: "10.8.0.50" } });
    expect(result).toEqual({ result: true, modified_id: 2, name: "LB Frankfurt", "IP address": "192.0.2.50" });
  });

  it("Editing Server: Example(API Failed) 'Invalid IP address'", async () => {
    const result = await phpPost("api/servers/update", { api_key: apiKey, id: 2, data: { server_ip: "192.0.2", vpn_ip: "10.8.0.50" } });
    expect(result).toEqual({ result: false, error: "Invalid IP address" });
  });

  it("Getting Online / Offline Streams, Enabling / Disabling Streams: no POST action is required", async () => {
    const get = async (url: string) => (await (await fetch(`${xtream.origin}/${url}`)).json()) as Record<string, unknown>;
    expect(((await get(`api/streams/online/${apiKey}`)).streams as unknown[]).length).toBe(5);
    expect(((await get(`api/streams/offline/${apiKey}`)).streams as unknown[]).length).toBe(3);
    expect(await get(`api/streams/start/${apiKey}?id=3`)).toEqual({ result: true });
    expect(await get(`api/streams/stop/${apiKey}/4`)).toEqual({ result: true });
    const online = (await get(`api/streams/online/${apiKey}`)).streams as Record<string, unknown>[];
    expect(online.map((stream) => stream.id)).toEqual(["1", "2", "3", "6", "7"]);
  });

  it("Add New Reseller (api/resellers/new)", async () => {
    const result = await phpPost("api/resellers/new", {
      api_key: apiKey,
      data: { name: "test_reseller", max_allowed_connections: 100, use_credits: true, credits: 50 },
    });
    expect(result).toMatchObject({ result: true, created_id: expect.any(Number) });
    ids.reseller = result.created_id as number;
  });

  it("Edit Reseller (api/resellers/update)", async () => {
    const result = await phpPost("api/resellers/update", { api_key: apiKey, id: ids.reseller ?? 0, data: { credits: 60 } });
    expect(result).toMatchObject({ result: true, modified_id: ids.reseller });
  });

  it("Add Credits to Reseller (api/resellers/add_credits)", async () => {
    const result = await phpPost("api/resellers/add_credits", { api_key: apiKey, id: ids.reseller ?? 0, credits: 15 });
    expect(result).toMatchObject({ result: true, modified_id: ids.reseller, credits: 75 });
  });

  it("List Panel Resellers (api/resellers/list)", async () => {
    const result = await phpPost("api/resellers/list", { api_key: apiKey });
    expect(result.result).toBe(true);
    const resellers = result.resellers as Record<string, unknown>[];
    expect(resellers.find((reseller) => reseller.username === "test_reseller")).toMatchObject({
      credits: "75",
      use_credits: "1",
      max_allowed_connections: "100",
    });
  });

  it("the key as the 4th URL segment instead of a POST field works for every example", async () => {
    const result = await phpPost(`api/line/info/${apiKey}`, { username: "test_username" });
    expect(result).toMatchObject({ result: true, line_info: { username: "test_username" } });
  });
});
