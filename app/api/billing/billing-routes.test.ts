/**
 * The read routes of Billing, Tickets and Provider accounts, end to end against the sandboxes: the signed-in
 * team, its role and its connections decide what a route answers.
 */
import { randomBytes } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { createConnection } from "@/lib/connections/save-connection";
import { openTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { signInAs, signOut } from "@/lib/testing/mock-session";
import { seedMember, seedTeam } from "@/lib/testing/seed";
import { startSandboxes, type RunningSandboxes } from "@/sandbox/start";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/mock-session")).sessionModule());
vi.mock("next/headers", async () => (await import("@/lib/testing/mock-session")).headersModule());
vi.stubEnv("HOSTDECK_SECRET_KEY", randomBytes(32).toString("hex"));
vi.stubEnv("HOSTDECK_ALLOWED_HOSTS", "127.0.0.1");

const { GET: exportInvoices } = await import("./export/route");
const { GET: connectionBilling } = await import("./[connectionId]/route");
const { GET: connectionTickets } = await import("../tickets/[connectionId]/route");
const { GET: departments } = await import("../tickets/[connectionId]/departments/route");
const { GET: connectionAccount } = await import("../accounts/[connectionId]/route");

let database: TestDatabase;
let sandboxes: RunningSandboxes;
beforeAll(async () => {
  database = await openTestDatabase();
  sandboxes = await startSandboxes({ ports: { x4b: 0, xtream: 0, time4vps: 0, xsserver: 0, ipmodule: 0 } });
});
afterAll(async () => {
  await sandboxes.close();
  await database.close();
});

const demo = { username: "demo@example.com", password: "demo-pass" };

/** A team with a viewer signed in and both HostBill sandboxes connected. */
async function teamWithAccounts(xsserverPassword = demo.password) {
  const team = await seedTeam();
  const { user } = await seedMember(team, "viewer");
  signInAs(user, team, "viewer");
  const time4vps = await createConnection(team.id, { kind: "time4vps", label: "T4V", baseUrl: sandboxes.baseUrls.time4vps, credentials: demo });
  const xsserver = await createConnection(team.id, {
    kind: "xsserver",
    label: "=XS",
    baseUrl: sandboxes.baseUrls.xsserver,
    credentials: { ...demo, password: xsserverPassword, authMode: "basic" },
  });
  return { team, time4vps: time4vps.id, xsserver: xsserver.id };
}

const get = (path: string) => new Request(`http://localhost${path}`);
const params = (values: Record<string, string>) => ({ params: Promise.resolve(values) });
/** What Next passes to a route without dynamic segments. */
const noParams = {};

describe("GET /api/billing/export", () => {
  it("answers the filtered invoices of every account as CSV, formula-safe, and names an account that did not answer", async () => {
    await teamWithAccounts();
    const response = await exportInvoices(get("/api/billing/export?status=open&currency=USD&sort=total&dir=desc"), noParams);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="invoices-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get("x-hostdeck-missing-connections")).toBe("");
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe('"Connection","Number","Invoice ID","Date","Due","Total","Currency","Status"');
    expect(lines.slice(1).map((line) => line.split(",").slice(0, 2).join(","))).toEqual(['"\'=XS","2025/06/018"', '"T4V","2024/0979"']);

    await teamWithAccounts("a-changed-password");
    const partial = await exportInvoices(get("/api/billing/export"), noParams);
    expect(partial.status).toBe(200);
    expect(decodeURIComponent(partial.headers.get("x-hostdeck-missing-connections") ?? "")).toBe("=XS");
    expect((await partial.text()).trimEnd().split("\r\n")).toHaveLength(1 + 6);
  });

  it("refuses a caller without a session in the one error shape", async () => {
    signOut();
    const response = await exportInvoices(get("/api/billing/export"), noParams);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthenticated" } });
  });
});

describe("one connection's reads", () => {
  it("answers a viewer with balance, invoices and payment methods (none for XSServer)", async () => {
    const { time4vps, xsserver } = await teamWithAccounts();
    const t4v = (await (await connectionBilling(get(`/api/billing/${time4vps}`), params({ connectionId: time4vps }))).json()) as Record<string, unknown>;
    expect(t4v).toMatchObject({ balance: { currency: "EUR" }, paymentMethodsError: null });
    expect(t4v.invoices).toHaveLength(6);
    expect((t4v.paymentMethods as unknown[]).length).toBeGreaterThan(0);
    const xs = await (await connectionBilling(get(`/api/billing/${xsserver}`), params({ connectionId: xsserver }))).json();
    expect(xs).toMatchObject({ paymentMethods: null });
  });

  it("answers tickets and departments for XSServer; Time4VPS has no support desk", async () => {
    const { time4vps, xsserver } = await teamWithAccounts();
    const tickets = (await (await connectionTickets(get(`/api/tickets/${xsserver}`), params({ connectionId: xsserver }))).json()) as { number: string }[];
    // Waiting for the team first.
    expect(tickets.map((ticket) => ticket.number)).toEqual(["518204", "518377", "517990"]);
    const depts = (await (await departments(get(`/api/tickets/${xsserver}/departments`), params({ connectionId: xsserver }))).json()) as { name: string }[];
    expect(depts.map((dept) => dept.name)).toContain("Technical Support");
    expect((await connectionTickets(get(`/api/tickets/${time4vps}`), params({ connectionId: time4vps }))).status).toBe(404);
  });

  it("answers an account with contacts and notifications for Time4VPS, details only for XSServer", async () => {
    const { time4vps, xsserver } = await teamWithAccounts();
    const t4v = await (await connectionAccount(get(`/api/accounts/${time4vps}`), params({ connectionId: time4vps }))).json();
    expect(t4v).toMatchObject({ details: { company: "Hostdeck Demo UAB" }, contacts: [{}, {}] });
    // New notifications first.
    expect((t4v as { notifications: { isNew: boolean }[] }).notifications.slice(0, 3).every((note) => note.isNew)).toBe(true);
    expect(await (await connectionAccount(get(`/api/accounts/${xsserver}`), params({ connectionId: xsserver }))).json()).toMatchObject({
      contacts: null,
      notifications: null,
    });
  });

  it("says not found for another team's connection and for a malformed id", async () => {
    const { time4vps } = await teamWithAccounts();
    await teamWithAccounts();
    for (const [route, path] of [
      [connectionBilling, "billing"],
      [connectionTickets, "tickets"],
      [connectionAccount, "accounts"],
    ] as const) {
      const other = await route(get(`/api/${path}/${time4vps}`), params({ connectionId: time4vps }));
      expect(other.status).toBe(404);
      expect(await other.json()).toMatchObject({ error: { code: "not-found" } });
      expect((await route(get(`/api/${path}/nope`), params({ connectionId: "nope" }))).status).toBe(404);
    }
  });
});
