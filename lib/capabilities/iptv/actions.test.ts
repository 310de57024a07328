import { beforeEach, describe, expect, it, vi } from "vitest";

import type { Role } from "../../auth/permissions";

// The action helper's session, request headers and audit writer are replaced; the permission check is real.
const session = vi.hoisted(() => ({ role: "operator" as Role }));
const audit = vi.hoisted(() => ({ rows: [] as { action: string; outcome: string }[] }));

vi.mock("@/lib/auth/session", () => ({
  currentTeamContext: async () => ({
    user: { id: "user-1", email: "someone@example.test", name: "Someone" },
    team: { id: "team-1", name: "Team", slug: "team" },
    role: session.role,
    teams: [],
  }),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "127.0.0.1" }) }));
vi.mock("@/lib/audit/write", () => {
  const writeAudit = async (entry: { action: string; outcome: string }) => {
    audit.rows.push({ action: entry.action, outcome: entry.outcome });
  };
  return {
    writeAudit,
    startAudit: async () => "started",
    finishAudit: async (_id: string, entry: Parameters<typeof writeAudit>[0]) => writeAudit(entry),
    dropStartedAudit: async () => {},
  };
});

const { createSubscriptionAction, deleteSubscriptionAction, extendSubscriptionAction } = await import("./actions");

const connectionId = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d";
const idempotencyKey = "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed";

beforeEach(() => {
  audit.rows = [];
});

describe("IPTV actions refuse roles that may not use them", () => {
  it("an operator may not delete a line (admin only); the refusal is audited", async () => {
    session.role = "operator";
    const result = await deleteSubscriptionAction({ kind: "line", connectionId, key: "john.smith", idempotencyKey });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(audit.rows).toEqual([{ action: "iptv.subscription.delete", outcome: "denied" }]);
  });

  it("an admin gets past the role check of the same action (here: stopped by the input check instead)", async () => {
    session.role = "admin";
    const result = await deleteSubscriptionAction({ kind: "line", connectionId, key: "", idempotencyKey });
    expect(result).toMatchObject({ ok: false, code: "invalid-input" });
    expect(audit.rows).toEqual([]);
  });

  it("a viewer may not create a line, nor extend one", async () => {
    session.role = "viewer";
    expect(await createSubscriptionAction({ kind: "line", connectionId, idempotencyKey })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await extendSubscriptionAction({ kind: "mag", connectionId, key: "00:1A:79:00:12:34", months: 1, from: "now", idempotencyKey })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(audit.rows).toEqual([
      { action: "iptv.subscription.create", outcome: "denied" },
      { action: "iptv.subscription.extend", outcome: "denied" },
    ]);
  });

  it("an operator gets past the role check for creating a line (stopped by the input check here)", async () => {
    session.role = "operator";
    const result = await createSubscriptionAction({ kind: "line", connectionId: "not-a-uuid", idempotencyKey });
    expect(result).toMatchObject({ ok: false, code: "invalid-input", fieldErrors: { connectionId: ["Choose one of the team's connections"] } });
  });

  it("the kind decides which fields a create needs: a malformed MAC is refused beside the MAC field, an unknown kind beside the kind", async () => {
    session.role = "operator";
    const result = await createSubscriptionAction({ kind: "mag", connectionId, mac_address: "00:1A:79:ZZ:00:01", idempotencyKey });
    expect(result).toMatchObject({ ok: false, code: "invalid-input", fieldErrors: { mac_address: ["Invalid MAC Address"] } });
    expect(await createSubscriptionAction({ kind: "box", connectionId, idempotencyKey })).toMatchObject({
      ok: false,
      code: "invalid-input",
      fieldErrors: { kind: expect.any(Array) },
    });
  });

  it("a MAG device is named by its MAC in any spelling; a malformed one is a field error before any panel call", async () => {
    session.role = "admin";
    const result = await deleteSubscriptionAction({ kind: "mag", connectionId, key: "not-a-mac", idempotencyKey });
    expect(result).toMatchObject({ ok: false, code: "invalid-input", fieldErrors: { key: ["Invalid MAC Address"] } });
  });
});
