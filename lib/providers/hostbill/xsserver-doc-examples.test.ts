/**
 * The XSServer document's own examples, sent as written with plain fetch (the curl, Guzzle and requests variants
 * of each are the same request), against the simulator; each answer must have the documented shape: the same keys
 * with the same JSON types as the document's example response. `user:pass` becomes the sandbox account and `@id`,
 * `@number`, `@port` become seeded ids.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { startXsserverSandbox, type RunningXsserverSandbox } from "../../../sandbox/xsserver/testing";

let running: RunningXsserverSandbox;
const basic = `Basic ${Buffer.from("demo@example.com:demo-pass").toString("base64")}`;
const json = { "Content-Type": "application/json" };

beforeAll(async () => {
  running = await startXsserverSandbox();
});
afterAll(async () => {
  await running.close();
});
beforeEach(() => running.reset());

async function send(method: string, path: string, init: { headers?: Record<string, string>; body?: string } = {}) {
  const response = await fetch(`${running.baseUrl}${path}`, { method, headers: init.headers, body: init.body });
  return { status: response.status, body: (await response.json()) as unknown };
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** Every key of the documented example is there, with the same JSON type; arrays are compared by their first item. */
function expectShape(actual: unknown, example: unknown, path = "$"): void {
  expect(jsonType(actual), path).toBe(jsonType(example));
  if (Array.isArray(example) && Array.isArray(actual)) {
    expect(actual.length, `${path} should not be empty`).toBeGreaterThan(0);
    if (example.length > 0) expectShape(actual[0], example[0], `${path}[0]`);
    return;
  }
  if (jsonType(example) === "object") {
    for (const [key, value] of Object.entries(example as Record<string, unknown>)) {
      expect(actual, path).toHaveProperty([key]);
      expectShape((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    }
  }
}

const clientExample = {
  id: "26",
  email: "api@example.com",
  lastlogin: "2016-12-30 12:24:28",
  ip: "172.100.2.1",
  host: "hostname",
  firstname: "Joe",
  lastname: "Doe",
  companyname: "",
  address1: "Pretty View Lane",
  address2: "3294",
  city: "Santa Rosa",
  state: "California",
  postcode: "95401",
  country: "US",
  phonenumber: "+1.24123123",
};
const tokenExample = {
  token: "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRw(...)",
  refresh: "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIzMD(...)",
};
const statusExample = { status: true };

describe("XSServer document examples", () => {
  it("Login: POST /login with a JSON username and password", async () => {
    const answer = await send("POST", "/login", { headers: json, body: JSON.stringify({ username: "demo@example.com", password: "demo-pass" }) });
    expect(answer.status).toBe(200);
    expectShape(answer.body, tokenExample);
    expect((answer.body as typeof tokenExample).token.startsWith("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRw")).toBe(true);
  });

  it("Logout: POST /logout with -u user:pass", async () => {
    const answer = await send("POST", "/logout", { headers: { Authorization: basic } });
    expect(answer).toEqual({ status: 200, body: statusExample });
  });

  it("Refresh Token: POST /token with a JSON refresh_token", async () => {
    const login = await send("POST", "/login", { headers: json, body: JSON.stringify({ username: "demo@example.com", password: "demo-pass" }) });
    const { refresh } = login.body as typeof tokenExample;
    const answer = await send("POST", "/token", { headers: json, body: JSON.stringify({ refresh_token: refresh }) });
    expect(answer.status).toBe(200);
    expectShape(answer.body, tokenExample);
  });

  it("Revoke Token: POST /revoke with a JSON refresh_token", async () => {
    const login = await send("POST", "/login", { headers: json, body: JSON.stringify({ username: "demo@example.com", password: "demo-pass" }) });
    const { refresh } = login.body as typeof tokenExample;
    const answer = await send("POST", "/revoke", { headers: json, body: JSON.stringify({ refresh_token: refresh }) });
    expect(answer).toEqual({ status: 200, body: statusExample });
  });

  it("User Details: GET /details with -u username:password", async () => {
    const answer = await send("GET", "/details", { headers: { Authorization: basic } });
    expect(answer.status).toBe(200);
    expectShape(answer.body, { client: clientExample });
  });

  it("Account balance: GET /balance (the document's example has a stray outer brace; its inner object is the shape)", async () => {
    const answer = await send("GET", "/balance", { headers: { Authorization: basic } });
    expectShape(answer.body, { success: true, details: { currency: "USD", acc_balance: "123456.55", acc_credit: "0.00" } });
  });

  it("List Invoices: GET /invoice", async () => {
    const answer = await send("GET", "/invoice", { headers: { Authorization: basic } });
    const example = {
      id: "308976",
      date: "2016-12-30",
      dateorig: "2016-12-30",
      duedate: "2017-01-06",
      paybefore: "2017-01-06",
      total: "19.65",
      datepaid: "2016-12-30 12:40:47",
      status: "Paid",
      merge_id: null,
      number: "2016/12/1",
      currency: "USD",
    };
    expectShape(answer.body, { invoices: [example] });
  });

  it("Invoice Details: GET /invoice/@id", async () => {
    const answer = await send("GET", "/invoice/309410", { headers: { Authorization: basic } });
    const item = {
      id: "12305",
      invoice_id: "308976",
      type: "Other",
      item_id: "0",
      description: "Example Service",
      amount: "15.00",
      taxed: "1",
      qty: "1.00",
      linetotal: "15.00",
    };
    const { lastlogin: _l, ip: _i, host: _h, ...invoiceClient } = clientExample;
    const example = {
      id: "308976",
      status: "Paid",
      date: "2016-12-30",
      duedate: "2017-01-06",
      paybefore: "2017-01-06",
      datepaid: "2016-12-30 12:40:47",
      subtotal: 16.24,
      credit: 0,
      tax: 3.41,
      taxrate: 21,
      tax2: 0,
      taxrate2: 0,
      taxexempt: "0",
      total: 19.65,
      rate: 1,
      rate2: 0,
      rate3: 1,
      notes: "",
      items: [item],
      client: invoiceClient,
      number: "2016/12/1",
      currency: "USD",
    };
    expectShape(answer.body, { invoice: example });
  });

  it("List Tickets: GET /tickets", async () => {
    const answer = await send("GET", "/tickets", { headers: { Authorization: basic } });
    expectShape(answer.body, {
      tickets: [{ client_read: "1", ticket_number: "736633", date: "2016-12-30 12:48:13", deptname: "Billing", subject: "Lore Ipsum", status: "Open" }],
    });
  });

  it("Ticket details: GET /tickets/@number", async () => {
    const answer = await send("GET", "/tickets/518204", { headers: { Authorization: basic } });
    expectShape(answer.body, {
      ticket: {
        date: "",
        ticket_number: "736633",
        name: "Joe Doe",
        email: "api@example.com",
        subject: "",
        body: "",
        status: "Answered",
        client_read: "1",
        deptname: "Billing",
      },
      replies: [{ id: "929", name: "Suppport Staff", date: "", body: "", status: "Sent", type: "Admin" }],
    });
  });

  it("Create Ticket: POST /tickets with JSON dept_id, subject, body", async () => {
    const answer = await send("POST", "/tickets", {
      headers: { Authorization: basic, ...json },
      body: JSON.stringify({ dept_id: 1, subject: "Subject", body: "Message ..." }),
    });
    expect(answer.status).toBe(200);
    expectShape(answer.body, { ticket: 865650 });
  });

  it("Create Reply: POST /tickets/@number with a JSON body", async () => {
    const answer = await send("POST", "/tickets/518377", { headers: { Authorization: basic, ...json }, body: JSON.stringify({ body: "reply text .." }) });
    expect(answer.body).toEqual({ info: ["reply_added"] });
  });

  it("Re-open ticket: PUT /tickets/@number/open", async () => {
    const answer = await send("PUT", "/tickets/517990/open", { headers: { Authorization: basic } });
    expect(answer).toEqual({ status: 200, body: statusExample });
  });

  it("Close ticket: PUT /tickets/@number/close", async () => {
    const answer = await send("PUT", "/tickets/518377/close", { headers: { Authorization: basic } });
    expect(answer).toEqual({ status: 200, body: statusExample });
  });

  it("List ticket departments: GET /ticket/departments (no example answer in the document)", async () => {
    const answer = await send("GET", "/ticket/departments", { headers: { Authorization: basic } });
    expectShape(answer.body, { departments: [{ id: "1", name: "Billing" }] });
  });

  // The document's service examples carry no credentials at all; as written they get HostBill's login refusal,
  // and with the account's credentials added, the answer the README describes (the document shows none).
  const serviceExamples: { doc: string; method: string; path: string; body?: unknown; shape: unknown }[] = [
    { doc: "IP Addresses", method: "GET", path: "/service/10451/ip", shape: { ips: [{ ipaddress: "", type: "", netmask: "", gateway: "", main: true }] } },
    { doc: "Reverse DNS", method: "GET", path: "/service/10451/rdns", shape: { rdns: [{ ipaddress: "", hostname: "" }] } },
    {
      doc: "Update rDNS",
      method: "POST",
      path: "/service/10451/rdns",
      body: { ipaddress: { "203.0.113.12": "web.demo.example.com" } },
      shape: { success: true, info: [""] },
    },
    { doc: "PDU ports", method: "GET", path: "/service/10452/pdu", shape: { ports: [{ id: "", name: "", power: true }] } },
    { doc: "PDU Port state", method: "GET", path: "/service/10452/pdu/21", shape: { port: { id: "", power: true } } },
    { doc: "Set PDU port status", method: "POST", path: "/service/10452/pdu/21", body: { power: false }, shape: { status: true } },
  ];

  for (const example of serviceExamples) {
    it(`${example.doc}: ${example.method} ${example.path.replace(/\d+/g, "@")} as written (no credentials), then with them`, async () => {
      const body = example.body === undefined ? undefined : JSON.stringify(example.body);
      const headers = body === undefined ? undefined : json;
      const anonymous = await send(example.method, example.path, { headers, body });
      expect(anonymous).toEqual({ status: 401, body: { error: ["wronglogin"] } });
      const answer = await send(example.method, example.path, { headers: { Authorization: basic, ...headers }, body });
      expect(answer.status).toBe(200);
      expectShape(answer.body, example.shape);
    });
  }

  it("Set PDU port status: the document's string form 'false' / 'true' works too", async () => {
    const off = await send("POST", "/service/10452/pdu/21", { headers: { Authorization: basic, ...json }, body: JSON.stringify({ power: "false" }) });
    expect((off.body as { port: { power: boolean } }).port.power).toBe(false);
    const on = await send("POST", "/service/10452/pdu/21", { headers: { Authorization: basic, ...json }, body: JSON.stringify({ power: "true" }) });
    expect((on.body as { port: { power: boolean } }).port.power).toBe(true);
  });

  it("Update rDNS: the document's literal placeholder body is refused, not guessed", async () => {
    const answer = await send("POST", "/service/10451/rdns", {
      headers: { Authorization: basic, ...json },
      body: JSON.stringify({ ipaddress: { key: "value" } }),
    });
    expect(answer).toEqual({ status: 400, body: { error: ["IP address key is not assigned to this service"] } });
  });
});
