import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { startTime4vpsSandbox, type RunningTime4vpsSandbox } from "../../../sandbox/time4vps/testing";
import { docExamples, type DocExample } from "./time4vps-doc-examples.fixture";

/**
 * The document's own request examples (curl / Guzzle / requests: the same JSON request), sent with plain
 * fetch and HTTP Basic, must get an answer of the documented shape. Placeholders in the examples
 * (`@id`, `"typeValue"`) are replaced by values the seeded account has; everything else is sent as written.
 */

let running: RunningTime4vpsSandbox;
beforeAll(async () => {
  running = await startTime4vpsSandbox();
});
afterAll(async () => {
  await running.close();
});
beforeEach(() => running.reset());

const basic = `Basic ${Buffer.from("demo@example.com:demo-pass").toString("base64")}`;

/** `@placeholder` → seeded value, per documented method where the same name means different things. */
const pathValues: Record<string, Record<string, string>> = {
  default: {
    "@order_num": "873340101",
    "@category_id": "49",
    "@product_id": "334",
    "@service_id": "1308",
    "@zone_id": "60",
    "@record_id": "602",
    "@server_id": "1301",
    "@task_id": "9301",
    "@width": "576",
    "@template": "ovpn_default",
  },
  "GET /contact/@id": { "@id": "49" },
  "PUT /contact/@id": { "@id": "49" },
  "PUT /notifications/@id/ack": { "@id": "901" },
  "GET /invoice/@id": { "@id": "308976" },
  "POST /service/@id/cancel": { "@id": "1303" },
  "POST /service/@id/addon": { "@id": "1302" },
  "GET /certificate/@id": { "@id": "1306" },
  "GET /certificate/@id/crt": { "@id": "1306" },
  "GET /certificate/order/@product_id/software": { "@product_id": "25" },
  "GET /scripts/@id": { "@id": "403" },
  "GET /vpn/servers/@id/config/@template": { "@id": "13" },
  "GET /vpn/@id/details": { "@id": "1304" },
  "POST /vpn/@id/resetpassword": { "@id": "1304" },
  "GET /vpn/@id/history": { "@id": "1304" },
  "GET /vpn/@id/sessions": { "@id": "1304" },
  "GET /service/@id/upgrade": { "@id": "1301" },
  "POST /service/@id/upgrade": { "@id": "1301" },
};

/** `"keyValue"` placeholders → values the sandbox accepts; keys and their JSON types stay as written. */
const bodyValues: Record<string, unknown> = {
  type: "Private",
  companyname: "Hostdeck Demo UAB",
  companyregistrationnumber: "305512345",
  vateu: "LT100013456712",
  firstname: "Ona",
  lastname: "Jonaite",
  country: "LT",
  address1: "Gedimino pr. 2",
  city: "Vilnius",
  state: "Vilnius",
  postcode: "01103",
  phonenumber: "+370.61234567",
  emarketing: "1",
  password: "Sufficient-Pass-2024",
  privileges: { support: ["tickets"] },
  "2faenable": "0",
  "2fasecret": "JBSWY3DPEHPK3PXP",
  currency: "EUR",
  immediate: "false",
  reason: "No longer needed",
  label: "Renamed",
  resources: { "1557": "10103" },
  package: "335",
  cycle: "m",
  send: "false",
  pay_method: "1",
  items: [{ type: "product", product_id: 334, domain: "hosting.com", cycle: "a" }],
  domain: "example-order.com",
  custom: {},
  promocode: "SPRING10",
  addon_id: "31",
  name: "testzone.com",
  ttl: "3600",
  priority: "0",
  content: "192.168.1.2",
  product_id: "25",
  csr: "-----BEGIN CERTIFICATE REQUEST-----\nMIIC\n-----END CERTIFICATE REQUEST-----",
  years: "1",
  approver_email: "admin@demo-hostdeck.eu",
  admin: "49",
  tech: "50",
  billing: "49",
  organization: { name: "Hostdeck Demo UAB" },
  software: "18",
  data: {},
  os: "debian-12-x86_64",
  script: "403",
  ssh_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB demo@host",
  timeout: "1h",
  whitelabel: "true",
  ip_address: "185.123.100.12",
  ns1: "1.1.1.1",
  ns2: "8.8.8.8",
  ns3: "9.9.9.9",
  ns4: "8.8.4.4",
};

const emails: Record<string, string> = {
  "PUT /details": "demo@example.com",
  "POST /signup": "new.customer@example.org",
  "POST /passwordreset": "demo@example.com",
  "POST /contact": "ops@demo-hostdeck.eu",
  "PUT /contact/@id": "mary.sue@example.com",
};

const hostnames: Record<string, string> = {
  "POST /server/@server_id/rename": "web1.example.org",
  "POST /server/@server_id/changeptr": "mail2.demo-hostdeck.eu",
};

function requestPath(example: DocExample): string {
  const values: Record<string, string> = { ...pathValues.default, "@id": "1301", ...pathValues[example.doc] };
  return example.path.replace(/@[a-z_]+/g, (name) => values[name] ?? name);
}

function requestBody(example: DocExample): Record<string, unknown> | undefined {
  if (!example.body) return undefined;
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(example.body)) {
    if (typeof value !== "string" || !value.endsWith("Value")) body[key] = value;
    else if (key === "email") body[key] = emails[example.doc];
    else if (key === "hostname") body[key] = hostnames[example.doc];
    else if (key === "name" && example.doc.includes("/records")) body[key] = "test";
    else if (key === "type" && example.doc.includes("/records")) body[key] = "A";
    else body[key] = bodyValues[key];
  }
  // The document's multiple-order example names product 1080 and certificate 840, which this catalog does not sell.
  if (example.doc === "POST /order" && Array.isArray(body.items)) {
    body.items = (body.items as Record<string, unknown>[]).map((item) => ({ ...item, product_id: item.type === "certificate" ? 25 : 334 }));
  }
  return body;
}

/**
 * Same shape as the documented answer: every documented key present with the same JSON type. Numeric keys
 * are ids (any id of the same shape will do); `null` and the document's "aaa" filler accept anything; a list
 * documented by a single example object is read element by element.
 */
function expectShape(actual: unknown, documented: unknown, path = "$"): void {
  if (documented === null || documented === "aaa") return;
  if (Array.isArray(documented)) {
    expect(Array.isArray(actual), `${path} should be a list`).toBe(true);
    const list = actual as unknown[];
    for (let i = 0; i < Math.min(list.length, documented.length); i += 1) expectShape(list[i], documented[i], `${path}[${i}]`);
    return;
  }
  if (typeof documented === "object") {
    if (Array.isArray(actual)) {
      for (const [i, item] of actual.entries()) expectShape(item, documented, `${path}[${i}]`);
      return;
    }
    expect(typeof actual === "object" && actual !== null, `${path} should be an object`).toBe(true);
    const object = actual as Record<string, unknown>;
    for (const [key, value] of Object.entries(documented)) {
      if (/^\d+$/.test(key)) {
        for (const [actualKey, actualValue] of Object.entries(object)) if (/^\d+$/.test(actualKey)) expectShape(actualValue, value, `${path}.${actualKey}`);
        continue;
      }
      expect(object, `${path} should have ${key}`).toHaveProperty([key]);
      expectShape(object[key], value, `${path}.${key}`);
    }
    return;
  }
  expect(typeof actual, `${path} type`).toBe(typeof documented);
}

describe("Time4VPS document examples", () => {
  it("the shape check itself refuses missing keys and wrong types", () => {
    expect(() => expectShape({ a: 1 }, { a: "1" })).toThrow();
    expect(() => expectShape({}, { a: 1 })).toThrow();
    expect(() => expectShape({ list: [{ id: 1 }] }, { list: [{ id: 1, name: "x" }] })).toThrow();
    expect(() => expectShape([{ id: "1" }], { id: 1 })).toThrow();
  });

  it("has an example for every documented method", () => {
    expect(docExamples).toHaveLength(73);
  });

  it.each(docExamples)("$doc: the documented example gets the documented answer", async (example) => {
    const body = requestBody(example);
    const headers: Record<string, string> = {};
    if (example.auth) headers.authorization = basic;
    if (body) headers["content-type"] = "application/json";
    const response = await fetch(`${running.baseUrl}${requestPath(example)}`, {
      method: example.method,
      headers,
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    expect(response.status, text).toBe(200);
    const json = JSON.parse(text) as unknown;
    expect(json).not.toHaveProperty("error");
    if (example.response !== null) expectShape(json, example.response);
    else expect(typeof json).toBe("object");
  });

  it("GET /details: the Authentication example (curl -u) works, and without it HostBill says wronglogin", async () => {
    const ok = await fetch(`${running.baseUrl}/details`, { headers: { authorization: basic } });
    expect(ok.status).toBe(200);
    const refused = await fetch(`${running.baseUrl}/details`);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: ["wronglogin"] });
  });

  it("GET /server/: Time4VPS's PHP library form (trailing slash) is the same call", async () => {
    const response = await fetch(`${running.baseUrl}/server/`, { headers: { authorization: basic } });
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveLength(3);
  });

  it("POST /service/@id/label: a form-encoded body (PHP clients) is read like JSON", async () => {
    const response = await fetch(`${running.baseUrl}/service/1301/label`, {
      method: "POST",
      headers: { authorization: basic, "content-type": "application/x-www-form-urlencoded" },
      body: "label=From+a+form",
    });
    expect(await response.json()).toEqual({ success: true, info: ["label_updated"] });
  });
});
