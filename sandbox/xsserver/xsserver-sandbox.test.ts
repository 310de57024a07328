import { beforeEach, describe, expect, it } from "vitest";

import { createXsserverSandbox } from "./index";

const sandbox = createXsserverSandbox();
const basic = `Basic ${Buffer.from("demo@example.com:demo-pass").toString("base64")}`;

beforeEach(() => {
  sandbox.reset();
  sandbox.faults.clear();
});

async function call(method: string, path: string, init: { headers?: Record<string, string>; body?: string } = {}) {
  const response = await sandbox.app.request(path, { method, headers: init.headers, body: init.body });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

async function login(): Promise<{ token: string; refresh: string }> {
  const answer = await call("POST", "/api/login", {
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "demo@example.com", password: "demo-pass" }),
  });
  expect(answer.status).toBe(200);
  return answer.body as { token: string; refresh: string };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe("XSServer sandbox: authentication", () => {
  it("refuses a call without credentials, a wrong password and an unknown user with HostBill's wronglogin", async () => {
    for (const headers of [
      undefined,
      { authorization: `Basic ${Buffer.from("demo@example.com:nope").toString("base64")}` },
      { authorization: `Basic ${Buffer.from("x@example.com:demo-pass").toString("base64")}` },
    ]) {
      const answer = await call("GET", "/api/details", { headers });
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ error: ["wronglogin"] });
      expect(answer.headers.get("www-authenticate")).toContain("Basic");
    }
  });

  it("accepts the client email in any letter case", async () => {
    const answer = await call("GET", "/api/details", { headers: { authorization: `Basic ${Buffer.from("Demo@Example.com:demo-pass").toString("base64")}` } });
    expect(answer.status).toBe(200);
  });

  it("login takes JSON, a form body or the query string (the document's 'Query Parameters')", async () => {
    const forms: { headers: Record<string, string>; body: string | undefined; path: string }[] = [
      { headers: { "content-type": "application/x-www-form-urlencoded" }, body: "username=demo%40example.com&password=demo-pass", path: "/api/login" },
      { headers: {}, body: undefined, path: "/api/login?username=demo%40example.com&password=demo-pass" },
    ];
    for (const form of forms) {
      const answer = await call("POST", form.path, { headers: form.headers, body: form.body });
      expect(answer.status, form.path).toBe(200);
      expect(answer.body).toHaveProperty("token");
    }
    const wrong = await call("POST", "/api/login", {
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "demo@example.com", password: "x" }),
    });
    expect(wrong).toMatchObject({ status: 401, body: { error: ["wronglogin"] } });
  });

  it("login refuses what the document does not name: a Basic header instead of the parameters, `email` for `username`", async () => {
    expect(await call("POST", "/api/login", { headers: { authorization: basic } })).toMatchObject({ status: 401, body: { error: ["wronglogin"] } });
    const byEmail = await call("POST", "/api/login", {
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "demo@example.com", password: "demo-pass" }),
    });
    expect(byEmail).toMatchObject({ status: 401, body: { error: ["wronglogin"] } });
    const { refresh } = await login();
    const wrongName = await call("POST", "/api/token", { headers: { "content-type": "application/json" }, body: JSON.stringify({ refresh }) });
    expect(wrongName).toMatchObject({ status: 400, body: { error: ["Missing refresh token"] } });
  });

  it("with token login switched off by the admin, /login and /token are refused and Basic still works", async () => {
    const { refresh } = await login();
    await sandbox.app.request("/__sandbox/tokens", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ loginEnabled: false }),
    });
    const refused = { status: 403, body: { error: ["API token login is disabled, use Basic authentication"] } };
    expect(
      await call("POST", "/api/login", {
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "demo@example.com", password: "demo-pass" }),
      }),
    ).toMatchObject(refused);
    expect(
      await call("POST", "/api/token", { headers: { "content-type": "application/json" }, body: JSON.stringify({ refresh_token: refresh }) }),
    ).toMatchObject(refused);
    expect((await call("GET", "/api/details", { headers: { authorization: basic } })).status).toBe(200);
  });

  it("takes the token as Bearer and, tolerantly, as a token query or body parameter", async () => {
    const { token } = await login();
    expect((await call("GET", "/api/details", { headers: bearer(token) })).status).toBe(200);
    expect((await call("GET", `/api/details?token=${encodeURIComponent(token)}`)).status).toBe(200);
    const viaBody = await call("POST", "/api/tickets", {
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token, dept_id: 1, subject: "s", body: "b" }),
    });
    expect(viaBody.status).toBe(200);
  });

  it("answers php-jwt's words for malformed, forged and expired tokens", async () => {
    const { token } = await login();
    expect((await call("GET", "/api/details", { headers: bearer("abc") })).body).toEqual({ error: ["Wrong number of segments"] });
    expect((await call("GET", "/api/details", { headers: bearer(`${token}x`) })).body).toEqual({ error: ["Signature verification failed"] });
    await sandbox.app.request("/__sandbox/tokens", { method: "POST", body: JSON.stringify({ ttlSeconds: 0 }) });
    const short = await login();
    const expired = await call("GET", "/api/details", { headers: bearer(short.token) });
    expect(expired).toMatchObject({ status: 401, body: { error: ["Expired token"] } });
    // The older token, issued with the default lifetime, still works.
    expect((await call("GET", "/api/details", { headers: bearer(token) })).status).toBe(200);
  });

  it("a refresh token works once and rotates the pair; the refresh token is no access token", async () => {
    const pair = await login();
    expect((await call("GET", "/api/details", { headers: bearer(pair.refresh) })).body).toEqual({ error: ["Invalid token"] });
    const next = await call("POST", "/api/token", { headers: { "content-type": "application/json" }, body: JSON.stringify({ refresh_token: pair.refresh }) });
    expect(next.status).toBe(200);
    const again = await call("POST", "/api/token", { headers: { "content-type": "application/json" }, body: JSON.stringify({ refresh_token: pair.refresh }) });
    expect(again).toMatchObject({ status: 401, body: { error: ["Refresh token has already been used"] } });
    const missing = await call("POST", "/api/token", { headers: { "content-type": "application/json" }, body: "{}" });
    expect(missing).toMatchObject({ status: 400, body: { error: ["Missing refresh token"] } });
  });

  it("revoke by refresh token or by access token kills the pair; logout kills the presented token", async () => {
    const a = await login();
    expect(
      (await call("POST", "/api/revoke", { headers: { "content-type": "application/json" }, body: JSON.stringify({ refresh_token: a.refresh }) })).body,
    ).toEqual({ status: true });
    expect((await call("GET", "/api/details", { headers: bearer(a.token) })).body).toEqual({ error: ["Token has been revoked"] });
    expect(
      (await call("POST", "/api/token", { headers: { "content-type": "application/json" }, body: JSON.stringify({ refresh_token: a.refresh }) })).status,
    ).toBe(401);

    const b = await login();
    expect((await call("POST", "/api/revoke", { headers: bearer(b.token) })).body).toEqual({ status: true });
    expect((await call("GET", "/api/details", { headers: bearer(b.token) })).status).toBe(401);

    const c = await login();
    expect((await call("POST", "/api/logout", { headers: bearer(c.token) })).body).toEqual({ status: true });
    expect((await call("GET", "/api/details", { headers: bearer(c.token) })).status).toBe(401);

    expect((await call("POST", "/api/revoke")).status).toBe(401);
    expect((await call("POST", "/api/revoke", { headers: { authorization: basic } })).body).toEqual({ error: ["Missing refresh token"] });
  });

  it("the expired-credentials fault answers Expired token to a Bearer call and wronglogin to Basic; login still works", async () => {
    const { token } = await login();
    sandbox.faults.set({ mode: "expired-credentials" });
    expect(await call("GET", "/api/details", { headers: bearer(token) })).toMatchObject({ status: 401, body: { error: ["Expired token"] } });
    expect(await call("GET", "/api/details", { headers: { authorization: basic } })).toMatchObject({ status: 401, body: { error: ["wronglogin"] } });
    expect(
      (
        await call("POST", "/api/login", {
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ username: "demo@example.com", password: "demo-pass" }),
        })
      ).status,
    ).toBe(200);
  });

  it("/__sandbox/tokens reports and changes lifetimes, and can expire every issued access token", async () => {
    const before = await call("GET", "/__sandbox/tokens");
    expect(before.body).toMatchObject({ ttlSeconds: 900, activeTokens: 0 });
    const pair = await login();
    const changed = await call("POST", "/__sandbox/tokens", { body: JSON.stringify({ ttlSeconds: 30, expireIssued: true }) });
    expect(changed.body).toMatchObject({ ttlSeconds: 30, activeTokens: 1 });
    expect((await call("GET", "/api/details", { headers: bearer(pair.token) })).body).toEqual({ error: ["Expired token"] });
    expect(
      (await call("POST", "/api/token", { headers: { "content-type": "application/json" }, body: JSON.stringify({ refresh_token: pair.refresh }) })).status,
    ).toBe(200);
    expect((await call("POST", "/__sandbox/tokens", { body: JSON.stringify({ ttlSeconds: -1 }) })).status).toBe(400);
  });
});

describe("XSServer sandbox: tolerant inputs and state", () => {
  it("rDNS accepts the PHP form encoding and a list of {ipaddress, hostname}; IPv6 anywhere in the /64", async () => {
    const form = await call("POST", "/api/service/10451/rdns", {
      headers: { authorization: basic, "content-type": "application/x-www-form-urlencoded" },
      body: "ipaddress%5B203.0.113.13%5D=db.demo.example.com&ipaddress%5B2001%3Adb8%3A4a1%3A10%3A%3Aff%5D=v6.demo.example.com.",
    });
    expect(form.status).toBe(200);
    const list = await call("POST", "/api/service/10451/rdns", {
      headers: { authorization: basic, "content-type": "application/json" },
      body: JSON.stringify({ ipaddress: [{ ipaddress: "203.0.113.12", hostname: "App.Demo.Example.com" }] }),
    });
    expect(list.status).toBe(200);
    const rdns = (await call("GET", "/api/service/10451/rdns", { headers: { authorization: basic } })).body.rdns;
    expect(rdns).toContainEqual({ ipaddress: "203.0.113.13", hostname: "db.demo.example.com" });
    expect(rdns).toContainEqual({ ipaddress: "203.0.113.12", hostname: "app.demo.example.com" });
    expect(rdns).toContainEqual({ ipaddress: "2001:db8:4a1:10::ff", hostname: "v6.demo.example.com" });
    const outside = await call("POST", "/api/service/10451/rdns", {
      headers: { authorization: basic, "content-type": "application/json" },
      body: JSON.stringify({ ipaddress: { "2001:db8:4a1:11::1": "x.example.com" } }),
    });
    expect(outside.status).toBe(400);
  });

  it("PDU power takes booleans, 'true'/'false', 1/0 and on/off, and refuses anything else", async () => {
    const set = (power: unknown) =>
      call("POST", "/api/service/10451/pdu/14", { headers: { authorization: basic, "content-type": "application/json" }, body: JSON.stringify({ power }) });
    for (const [power, expected] of [
      [false, false],
      ["true", true],
      [0, false],
      ["on", true],
      ["OFF", false],
      [1, true],
    ] as const) {
      const answer = await set(power);
      expect((answer.body.port as { power: boolean }).power, String(power)).toBe(expected);
    }
    for (const power of ["maybe", 2, null, undefined]) expect((await set(power)).status, String(power)).toBe(400);
    const form = await call("POST", "/api/service/10451/pdu/14", {
      headers: { authorization: basic, "content-type": "application/x-www-form-urlencoded" },
      body: "power=false",
    });
    expect((form.body.port as { power: boolean }).power).toBe(false);
  });

  it("ticket calls take their parameters from the query string too; re-open/close are PUT only, as documented", async () => {
    const created = await call("POST", "/api/tickets?dept_id=3&subject=Spam%20report&body=Line%201%0ALine%202", { headers: { authorization: basic } });
    expect(created.status).toBe(200);
    const number = String(created.body.ticket);
    const details = await call("GET", `/api/tickets/${number}`, { headers: { authorization: basic } });
    expect(details.body.ticket).toMatchObject({ deptname: "Abuse", body: "Line 1\r\nLine 2", status: "Open" });
    const notFound = { status: 404, body: { error: ["Route not found"] } };
    expect(await call("POST", `/api/tickets/${number}/close`, { headers: { authorization: basic } })).toMatchObject(notFound);
    expect((await call("GET", `/api/tickets/${number}`, { headers: { authorization: basic } })).body.ticket).toMatchObject({ status: "Open" });
    expect((await call("PUT", `/api/tickets/${number}/close`, { headers: { authorization: basic } })).body).toEqual({ status: true });
    expect(await call("POST", `/api/tickets/${number}/open`, { headers: { authorization: basic } })).toMatchObject(notFound);
    expect((await call("PUT", `/api/tickets/${number}/open`, { headers: { authorization: basic } })).body).toEqual({ status: true });
  });

  it("ticket creation lists every problem at once", async () => {
    const answer = await call("POST", "/api/tickets", {
      headers: { authorization: basic, "content-type": "application/json" },
      body: JSON.stringify({ dept_id: "x" }),
    });
    expect(answer).toEqual({ status: 400, headers: answer.headers, body: { error: ["Invalid department", "Subject is required", "Message is required"] } });
  });

  it("unknown routes are a 404 with HostBill's error list", async () => {
    expect(await call("GET", "/api/servers", { headers: { authorization: basic } })).toMatchObject({ status: 404, body: { error: ["Route not found"] } });
    expect(await call("GET", "/elsewhere")).toMatchObject({ status: 404, body: { error: ["Route not found"] } });
  });

  it("reset() restores the seed and forgets every token", async () => {
    const { token } = await login();
    await call("PUT", "/api/tickets/518377/close", { headers: { authorization: basic } });
    await call("POST", "/api/service/10452/pdu/22", {
      headers: { authorization: basic, "content-type": "application/json" },
      body: JSON.stringify({ power: true }),
    });
    sandbox.reset();
    const tickets = (await call("GET", "/api/tickets", { headers: { authorization: basic } })).body.tickets as { ticket_number: string; status: string }[];
    expect(tickets.find((ticket) => ticket.ticket_number === "518377")?.status).toBe("Open");
    const port = (await call("GET", "/api/service/10452/pdu/22", { headers: { authorization: basic } })).body.port as { power: boolean };
    expect(port.power).toBe(false);
    expect((await call("GET", "/api/details", { headers: bearer(token) })).body).toEqual({ error: ["Invalid token"] });
  });
});
