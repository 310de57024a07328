import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { startIpmoduleSandbox, type RunningIpmoduleSandbox } from "./test-support/sandbox";

/**
 * The document's "Example Request" and success blocks were lost in capture; what it does show is each action's
 * HTTP method, its parameter table and its failure body. Each is sent here as written, with plain fetch: the
 * `ip/<action>` heading form for the actions whose table has no `action` parameter, `ip.php` + `action` for the rest.
 */
let running: RunningIpmoduleSandbox;
let ipPhp: string;

beforeAll(async () => {
  running = await startIpmoduleSandbox();
  ipPhp = running.baseUrl;
});
afterAll(() => running.close());
beforeEach(() => running.sandbox.reset());

const form = (fields: Record<string, string>) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});
const json = async (answer: Promise<Response>) => (await answer).json() as Promise<Record<string, unknown>>;

describe("ip.php document examples", () => {
  it("ip/get_client_ip (GET, token): failure body without a token", async () => {
    await expect(json(fetch(`${running.origin}/ip/get_client_ip`))).resolves.toEqual({ code: -1, message: "authentication required" });
    await expect(json(fetch(`${ipPhp}?action=get_client_ip`))).resolves.toEqual({ code: -1, message: "authentication required" });
    await expect(json(fetch(`${running.origin}/ip/get_client_ip?token=demo-token`))).resolves.toEqual({ result: "OK", ip: "127.0.0.1" });
  });

  it("ip/get_ip (POST, action, token, ip): the documented failure for ip=127.0.0.1", async () => {
    await expect(json(fetch(ipPhp, form({ action: "get_ip", token: "demo-token", ip: "127.0.0.1" })))).resolves.toEqual({
      code: -1,
      message: "malformed IP=127.0.0.1 for token demo-token",
    });
    const info = await json(fetch(ipPhp, form({ action: "get_ip", token: "demo-token", ip: "198.51.100.10" })));
    expect(info).toMatchObject({ ip: "198.51.100.10", network: "198.51.100.0", mask: "255.255.255.128", gateway: "198.51.100.1" });
  });

  it("ip/get_ptr (POST|GET, action, token, id, ip, location): '$module/$action: invalid request'", async () => {
    const mismatch = { action: "get_ptr", token: "demo-token", id: "41002", ip: "192.0.2.10" };
    await expect(json(fetch(ipPhp, form(mismatch)))).resolves.toEqual({ code: -1, message: "ip/get_ptr: invalid request" });
    const viaGet = await json(fetch(`${ipPhp}?${new URLSearchParams({ ...mismatch, id: "40123", location: "NL" }).toString()}`));
    expect(viaGet).toMatchObject({ ip: "192.0.2.10", ptr: "srv40123.example.net" });
  });

  it("ip/get_traffic (POST|GET, token, ip, period_start, period_stop, summary, unbilled): failure repeats message in error", async () => {
    const body = await json(fetch(`${running.origin}/ip/get_traffic`, form({ token: "demo-token", ip: "192.0.2.12", summary: "1" })));
    expect(body.code).toBe(-1);
    expect(body.message).toMatch(/^no significant traffic detected for 192\.0\.2\.12 in the period .+ - .+$/);
    expect(body.error).toBe(body.message);
    const summary = await json(fetch(`${running.origin}/ip/get_traffic?token=demo-token&ip=192.0.2.10&summary=1&unbilled=0`));
    expect(Object.keys(summary)).toEqual(expect.arrayContaining(["in", "out"]));
    const detail = await json(fetch(`${running.origin}/ip/get_traffic?token=demo-token&ip=192.0.2.10&summary=0`));
    expect((detail.data as unknown[])[0]).toEqual({ timestamp: expect.any(Number), in: expect.any(Number), out: expect.any(Number) });
  });

  it("ip/list_free_ip (POST|GET, action, token, exclude_special, location, id): 'illegal IP subnet'", async () => {
    await expect(json(fetch(ipPhp, form({ action: "list_free_ip", token: "demo-token", location: "NL", id: "302" })))).resolves.toEqual({
      code: -1,
      message: "illegal IP subnet",
    });
    const free = await json(fetch(`${ipPhp}?action=list_free_ip&token=demo-token&location=DE&exclude_special=1`));
    expect(free.ips).toEqual(expect.arrayContaining(["198.51.100.4", "198.51.100.125"]));
  });

  it("ip/set_main (POST, token, id, ip, main, description): 'invalid request (ID or IP mismatch)'", async () => {
    await expect(json(fetch(`${running.origin}/ip/set_main`, form({ token: "demo-token", id: "40123", ip: "203.0.113.10" })))).resolves.toEqual({
      code: -1,
      message: "invalid request (ID or IP mismatch)",
    });
    await expect(json(fetch(`${running.origin}/ip/set_main`, form({ token: "demo-token", id: "41002", ip: "203.0.113.11", main: "1" })))).resolves.toEqual({
      result: "OK",
      id: 41002,
      ip: "203.0.113.11",
      main: 1,
    });
  });

  it("ip/update_ptr (POST, action, token, ip, id, ptr, location): updates and answers the record", async () => {
    const answer = await json(fetch(ipPhp, form({ action: "update_ptr", token: "demo-token", id: "41002", ip: "203.0.113.11", ptr: "api.example.net" })));
    expect(answer).toEqual({ result: "OK", ip: "203.0.113.11", ptr: "api.example.net" });
  });
});
