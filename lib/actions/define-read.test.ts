import { randomBytes, randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { createConnection } from "@/lib/connections/save-connection";
import { openTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { ProviderError } from "@/lib/providers/core/errors";
import { signInAs, signOut } from "@/lib/testing/mock-session";
import { seedMember, seedTeam } from "@/lib/testing/seed";
import { startSandboxes, type RunningSandboxes } from "@/sandbox/start";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/mock-session")).sessionModule());
vi.mock("next/headers", async () => (await import("@/lib/testing/mock-session")).headersModule());
vi.stubEnv("HOSTDECK_SECRET_KEY", randomBytes(32).toString("hex"));
vi.stubEnv("HOSTDECK_ALLOWED_HOSTS", "127.0.0.1");

const { defineRead } = await import("./define-read");
const { connectionIdSchema } = await import("@/lib/connections/connection-id");
const { listConnectionServices } = await import("@/lib/capabilities/services/read-services");

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

const servicesRoute = defineRead({
  name: "services.list",
  params: z.object({ connectionId: connectionIdSchema }),
  run: ({ params }, { team }) => listConnectionServices(team.id, params.connectionId),
});
const call = (route: typeof servicesRoute, params: Record<string, string>, url = "http://localhost/api/x") =>
  route(new Request(url), { params: Promise.resolve(params) });

async function teamWithConnection() {
  const team = await seedTeam();
  const { user } = await seedMember(team, "viewer");
  const connection = await createConnection(team.id, {
    kind: "time4vps",
    label: "T4V",
    baseUrl: sandboxes.baseUrls.time4vps,
    credentials: { username: "demo@example.com", password: "demo-pass" },
  });
  return { team, user, connection };
}

describe("read routes built with defineRead", () => {
  it("answers 401 in the one error shape when nobody is signed in, before any parsing or provider call", async () => {
    signOut();
    const response = await call(servicesRoute, { connectionId: "not even a uuid" });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "unauthenticated", message: "Your session has ended. Sign in again." } });
  });

  it("lets a viewer read the team's connection", async () => {
    const { team, user, connection } = await teamWithConnection();
    signInAs(user, team, "viewer");
    const response = await call(servicesRoute, { connectionId: connection.id });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("no-store");
    const body = (await response.json()) as { rows: { id: string }[] };
    expect(body.rows.map((row) => row.id)).toContain("1301");
  });

  it("answers 404 for another team's connection and for an id that cannot be one", async () => {
    const { connection } = await teamWithConnection();
    const other = await seedTeam();
    const { user } = await seedMember(other, "owner");
    signInAs(user, other, "owner");
    const theirs = await call(servicesRoute, { connectionId: connection.id });
    expect(theirs.status).toBe(404);
    expect(((await theirs.json()) as { error: { code: string } }).error.code).toBe("not-found");
    expect((await call(servicesRoute, { connectionId: randomUUID() })).status).toBe(404);
    expect((await call(servicesRoute, { connectionId: "../../etc" })).status).toBe(404);
  });

  it("refuses a role below the route's permission with 403", async () => {
    const { team, user } = await teamWithConnection();
    signInAs(user, team, "viewer");
    const auditRoute = defineRead({ name: "audit.list", permission: "audit:read", run: async () => ({ events: [] }) });
    const response = await auditRoute(new Request("http://localhost/api/audit"), { params: Promise.resolve({}) });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("forbidden");
  });

  it("answers 400 with the field for a malformed query", async () => {
    const { team, user } = await teamWithConnection();
    signInAs(user, team, "viewer");
    const paged = defineRead({
      name: "paged",
      query: z.object({ limit: z.coerce.number().int().max(100) }),
      run: async ({ query }) => ({ limit: query.limit }),
    });
    const bad = await paged(new Request("http://localhost/api/x?limit=1000"), { params: Promise.resolve({}) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors).toHaveProperty("limit");
    const good = await paged(new Request("http://localhost/api/x?limit=10"), { params: Promise.resolve({}) });
    expect(await good.json()).toEqual({ limit: 10 });
  });

  it("says a provider failure in words (502, the provider's kind) and hides a bug (500, generic, logged by name only)", async () => {
    const { team, user } = await teamWithConnection();
    signInAs(user, team, "viewer");
    const down = defineRead({ name: "down", run: async () => Promise.reject(new ProviderError("upstream-down", { providerMessage: "maintenance" })) });
    const downAnswer = await down(new Request("http://localhost/api/x"), { params: Promise.resolve({}) });
    expect(downAnswer.status).toBe(502);
    expect(await downAnswer.json()).toEqual({
      error: { code: "provider", providerKind: "upstream-down", message: "The provider is not answering properly right now. (maintenance)" },
    });

    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const buggy = defineRead({ name: "buggy", run: async () => Promise.reject(new TypeError("secret-token-123 is not a function")) });
    const bugAnswer = await buggy(new Request("http://localhost/api/x"), { params: Promise.resolve({}) });
    expect(bugAnswer.status).toBe(500);
    expect(JSON.stringify(await bugAnswer.json())).not.toContain("secret-token-123");
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it("passes a Response from run through untouched (downloads)", async () => {
    const { team, user } = await teamWithConnection();
    signInAs(user, team, "viewer");
    const csv = defineRead({ name: "csv", run: async () => new Response("a,b\n", { headers: { "content-type": "text/csv" } }) });
    const response = await csv(new Request("http://localhost/api/x"), { params: Promise.resolve({}) });
    expect(response.headers.get("content-type")).toBe("text/csv");
    expect(await response.text()).toBe("a,b\n");
  });
});
