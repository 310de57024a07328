/// <reference types="vite/client" />
/**
 * Property-based fuzzing of every server action and every read route, found by globbing (a new one is covered the
 * day it is written). Each family gets malformed inputs (wrong types, control characters, huge or empty strings,
 * real ids with a NUL appended, stray keys…) built from its own input keys; for every one:
 *   - nothing answers like a server error (an action's "internal" code, a logged error, a route's 5xx);
 *   - an input that is refused changes nothing: no database write and no request to any provider.
 * Runs 1,000 inputs per family in CI (CI set), fewer locally; FUZZ_RUNS overrides both.
 */
import { randomBytes } from "node:crypto";

import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import type { DefinedAction } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import { installDb } from "@/lib/db/client";
import { openTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { providerKinds } from "@/lib/providers/core/registry";
import { startCountingProxy, type CountingProxy } from "@/lib/testing/counting-proxy";
import { signInAs } from "@/lib/testing/mock-session";
import { newKey, seedMember, seedTeam } from "@/lib/testing/seed";
import { startSandboxes, type RunningSandboxes } from "@/sandbox/start";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/mock-session")).sessionModule());
vi.mock("next/headers", async () => (await import("@/lib/testing/mock-session")).headersModule());
vi.stubEnv("HOSTDECK_SECRET_KEY", randomBytes(32).toString("hex"));
vi.stubEnv("HOSTDECK_ALLOWED_HOSTS", "127.0.0.1");

const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.CI ? 1_000 : 40));

const actionModules = import.meta.glob<Record<string, unknown>>(["./**/actions.ts", "../lib/**/actions.ts"], { eager: true });
const actions = Object.entries(actionModules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, DefinedAction<unknown>] => typeof entry[1] === "function" && "meta" in entry[1])
    .map(([name, action]) => ({ id: `${file}#${name}`, action })),
);
type RouteHandler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const routeModules = import.meta.glob<{ GET?: RouteHandler }>("./api/**/route.ts", { eager: true });
const routes = Object.entries(routeModules)
  .filter(([file, exports]) => typeof exports.GET === "function" && !file.includes("/auth/"))
  .map(([file, exports]) => ({ id: file, path: file.replace(/^\.\/api/, "/api").replace(/\/route\.ts$/, ""), GET: exports.GET! }));

let database: TestDatabase;
let sandboxes: RunningSandboxes;
const proxies: CountingProxy[] = [];
const realIds: string[] = [];
let writes = 0;
/** Everything logged as an error: an unexpected error is logged (name and message) before it is hidden. */
const loggedErrors: string[] = [];
const upstreamRequests = () => proxies.reduce((sum, proxy) => sum + proxy.seen.length, 0);

/** Records of an attempt (who tried what, and its submission key) are not changes of the team's state. */
const BOOKKEEPING = new Set(["AuditEvent", "IdempotencyRecord", "OperationItem"]);
const WRITE_OPERATIONS = new Set([
  "create",
  "createMany",
  "createManyAndReturn",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "upsert",
  "delete",
  "deleteMany",
]);

beforeAll(async () => {
  database = await openTestDatabase();
  // The same database, counting every write the code under test makes.
  const counted = database.db.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (WRITE_OPERATIONS.has(operation) && !BOOKKEEPING.has(model)) writes++;
          return query(args);
        },
      },
    },
  });
  installDb(counted as unknown as typeof database.db, () => database.close());

  sandboxes = await startSandboxes({ ports: { x4b: 0, xtream: 0, time4vps: 0, xsserver: 0, ipmodule: 0 } });
  const { createConnection } = await import("@/lib/connections/save-connection");
  const { getProvider } = await import("@/lib/providers/core/registry");
  const team = await seedTeam("Fuzz Team");
  const { user, membership } = await seedMember(team, "owner");
  const { hashPassword } = await import("@/lib/auth/password");
  await database.db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword("fuzz-owner-password") } });
  realIds.push(team.id, user.id, membership.id);
  for (const kind of providerKinds) {
    const proxy = await startCountingProxy(sandboxes.origins[kind]);
    proxies.push(proxy);
    const base = new URL(sandboxes.baseUrls[kind]);
    const connection = await createConnection(team.id, {
      kind,
      label: `Fuzz ${kind}`,
      baseUrl: `${proxy.origin}${base.pathname}${base.search}`,
      credentials: getProvider(kind).sandbox.credentials as Record<string, string>,
    });
    realIds.push(connection.id);
  }
  signInAs(user, team, "owner");
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void loggedErrors.push(args.map(String).join(" ")));
}, 120_000);

afterAll(async () => {
  vi.restoreAllMocks();
  for (const proxy of proxies) await proxy.close();
  await sandboxes?.close();
  await database?.close();
});

/** Values no form of the console would send for a field. */
const malformedValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ maxLength: 20 }).map((text) => `${text}\u0000${text}`),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\u0007bell",
    "line\r\nbreak\u001b[0m",
    "null",
    "undefined",
    "__proto__",
    "constructor",
    "../../etc/passwd",
    "$K1",
    "$@0",
    "<script>alert(1)</script>",
    '\'; DROP TABLE "Team";--',
    "%00",
    "1e309",
    "-1",
    "0x10",
    "x".repeat(5_000),
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null)), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string({ maxLength: 6 }), fc.integer()), { maxKeys: 3 }),
);
/** Sometimes a real id (so validation goes past the first field), sometimes a real id made invalid. */
const realId = fc.nat().map((index) => realIds[index % Math.max(realIds.length, 1)] ?? "1");
const idLike = () =>
  fc.oneof(
    realId,
    realId.map((id) => `${id}\u0000`),
    fc.constantFrom("1", "1301", "0"),
  );

function inputKeys(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape as Record<string, unknown>) : [];
}

function malformedInput(keys: string[]): fc.Arbitrary<Record<string, unknown>> {
  const field = fc.oneof({ weight: 4, arbitrary: malformedValue }, { weight: 1, arbitrary: idLike() });
  const known = fc.record(Object.fromEntries(keys.map((key) => [key, field])), { requiredKeys: [] });
  const stray = fc.dictionary(fc.string({ unit: "binary", maxLength: 8 }), malformedValue, { maxKeys: 2 });
  return fc.tuple(known, stray).map(([fields, extra]) => ({ ...extra, ...fields }));
}

const refused = (result: ActionResult<unknown>): result is Extract<ActionResult<unknown>, { ok: false }> => !result.ok;

describe("fuzzing every server action", () => {
  it("finds the actions", () => expect(actions.length).toBeGreaterThan(40));

  // An action without input fields takes no input that could be malformed (sign-out, sign out everywhere).
  const withInput = actions.filter(({ action }) => inputKeys(action.meta.input).length > 0);

  it.each(withInput)("$id: no server error; a refused input changes nothing and calls no provider", async ({ action }) => {
    const errorsBefore = loggedErrors.length;
    await fc.assert(
      fc.asyncProperty(malformedInput(inputKeys(action.meta.input)), fc.boolean(), async (input, withKey) => {
        const upstreamBefore = upstreamRequests();
        const writesBefore = writes;
        const result = await action({ ...input, ...(withKey ? { idempotencyKey: newKey() } : {}) });
        expect(result.ok || result.code).not.toBe("internal");
        if (refused(result) && result.code === "invalid-input") {
          // The input itself was refused: nothing was written and nothing was sent to any provider.
          expect(upstreamRequests() - upstreamBefore).toBe(0);
          expect(writes - writesBefore).toBe(0);
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31), endOnFailure: true },
    );
    expect(loggedErrors.slice(errorsBefore)).toEqual([]);
  });
});

describe("fuzzing every read route", () => {
  it("finds the routes", () => expect(routes.length).toBeGreaterThan(10));

  const segment = fc.oneof(
    malformedValue.map((value) => (typeof value === "string" ? value : (JSON.stringify(value) ?? ""))),
    idLike(),
  );
  const query = fc.dictionary(
    fc.oneof(
      fc.constantFrom("zone", "ip", "from", "to", "period", "q", "page", "width", "connectionId", "serviceId", "status", "type"),
      fc.string({ maxLength: 6 }),
    ),
    segment,
    { maxKeys: 3 },
  );

  it.each(routes)("$path: never a 5xx; a refused request calls no provider", async ({ path, GET }) => {
    const names = [...path.matchAll(/\[(\w+)\]/g)].map((match) => match[1]!);
    const errorsBefore = loggedErrors.length;
    await fc.assert(
      fc.asyncProperty(fc.tuple(...names.map(() => segment)), query, async (values, search) => {
        const params = Object.fromEntries(names.map((name, index) => [name, String(values[index] ?? "")]));
        const url = new URL(`http://localhost:3000${path.replace(/\[(\w+)\]/g, (_all, name: string) => encodeURIComponent(params[name]!))}`);
        for (const [key, value] of Object.entries(search)) url.searchParams.set(key, String(value));
        const upstreamBefore = upstreamRequests();
        const writesBefore = writes;
        const response = await GET(new NextRequest(url), { params: Promise.resolve(params) });
        expect(response.status).toBeLessThan(500);
        if (response.status === 400) {
          expect(upstreamRequests() - upstreamBefore).toBe(0);
          expect(writes - writesBefore).toBe(0);
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31), endOnFailure: true },
    );
    expect(loggedErrors.slice(errorsBefore)).toEqual([]);
  });
});
