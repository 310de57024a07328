import { beforeEach, describe, expect, it } from "vitest";

import { createIpmoduleSandbox } from ".";

/** Each action's table gives its HTTP method; the simulator refuses the others with the module's own words. */
const sandbox = createIpmoduleSandbox();
beforeEach(() => sandbox.reset());

async function send(method: string, action: string, fields: Record<string, string>): Promise<Record<string, unknown>> {
  const params = new URLSearchParams({ action, token: "demo-token", ...fields });
  const response =
    method === "GET"
      ? await sandbox.app.request(`/ip.php?${params.toString()}`)
      : await sandbox.app.request("/ip.php", { method, headers: { "content-type": "application/x-www-form-urlencoded" }, body: params.toString() });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

const fieldsOf: Record<string, Record<string, string>> = {
  get_client_ip: {},
  get_ip: { ip: "192.0.2.10" },
  get_ptr: { id: "40123", ip: "192.0.2.10" },
  get_traffic: { ip: "192.0.2.10", summary: "1" },
  list_free_ip: { location: "NL" },
  set_main: { id: "40123", ip: "192.0.2.10" },
  update_ptr: { id: "40123", ip: "192.0.2.11", ptr: "eleven.example.com" },
};

const documented: [string, string[]][] = [
  ["get_client_ip", ["GET"]],
  ["get_ip", ["POST"]],
  ["get_ptr", ["POST", "GET"]],
  ["get_traffic", ["POST", "GET"]],
  ["list_free_ip", ["POST", "GET"]],
  ["set_main", ["POST"]],
  ["update_ptr", ["POST"]],
];

describe("HTTP methods per action", () => {
  it.each(documented)("%s answers %j and refuses the others", async (action, allowed) => {
    for (const method of ["GET", "POST", "PUT"]) {
      const answer = await send(method, action, fieldsOf[action] ?? {});
      if (allowed.includes(method)) expect(answer).not.toHaveProperty("code");
      else expect(answer).toEqual({ code: -1, message: `ip/${action}: invalid request` });
    }
  });

  it("update_ptr as GET changes nothing", async () => {
    await send("GET", "update_ptr", { id: "40123", ip: "192.0.2.11", ptr: "sneaky.example.com" });
    expect(await send("POST", "get_ptr", { id: "40123", ip: "192.0.2.11" })).not.toMatchObject({ ptr: "sneaky.example.com" });
  });
});

describe("encodings", () => {
  it("a JSON body is not read (PHP's $_REQUEST has no JSON): the token is missing", async () => {
    const response = await sandbox.app.request("/ip.php", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ action: "get_ip", token: "demo-token", ip: "192.0.2.10" }),
    });
    expect(await response.json()).toEqual({ code: -1, message: "authentication required" });
  });

  it("a form body without its content type is not read either", async () => {
    const response = await sandbox.app.request("/ip.php", { method: "POST", body: "action=get_ip&token=demo-token&ip=192.0.2.10" });
    expect(await response.json()).toEqual({ code: -1, message: "authentication required" });
  });
});
