import { beforeEach, describe, expect, it, vi } from "vitest";

import type { Role } from "@/lib/auth/permissions";

/**
 * The actions themselves refuse what a role may not do, whatever the page shows: an operator cannot delete a zone
 * or set a main IP, a viewer cannot change records or PTRs. The session and the request headers are mocked; the
 * refusal happens before any provider or database call, and is audited as "denied".
 */
const state = vi.hoisted(() => ({ role: "operator" as Role, audits: [] as { action: string; outcome: string; message?: string }[] }));

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "127.0.0.1" }), cookies: async () => ({ get: () => undefined }) }));
vi.mock("@/lib/auth/session", () => ({
  currentTeamContext: async () => ({
    user: { id: "user-1", email: "someone@example.test", name: "Someone" },
    team: { id: "team-1", name: "Team", slug: "team" },
    role: state.role,
    teams: [],
  }),
}));
vi.mock("@/lib/audit/write", () => {
  const writeAudit = async (entry: { action: string; outcome: string; message?: string }) => {
    state.audits.push(entry);
  };
  return {
    writeAudit,
    startAudit: async () => "started",
    finishAudit: async (_id: string, entry: Parameters<typeof writeAudit>[0]) => writeAudit(entry),
    dropStartedAudit: async () => {},
  };
});
vi.mock("@/lib/capabilities/core/connections", () => ({
  withAdapter: () => {
    throw new Error("no provider call may happen for a refused role");
  },
}));

const { addRecordAction, deleteRecordAction, deleteZoneAction, editRecordAction, importZoneAction } = await import("./actions");
const { setMainIpAction } = await import("../network/actions");
const { updatePtrsAction } = await import("../rdns/actions");

const key = "5b0b3c1e-8f8a-4c1a-9d57-3f2a1b0c9d11";
const connectionId = "0f6c2a7e-3b1d-4c8e-9a2f-7d5e4b3c2a10";
const zone = { connectionId, serviceId: "1308", zoneId: "60", idempotencyKey: key };
const record = { ...zone, name: "www", type: "A", ttl: "3600", content: "192.0.2.1" };

beforeEach(() => {
  state.audits.length = 0;
});

describe("role checks at the action level", () => {
  it("an operator is refused zone deletion", async () => {
    state.role = "operator";
    const result = await deleteZoneAction(zone);
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(state.audits).toEqual([expect.objectContaining({ action: "dns.zone.delete", outcome: "denied" })]);
  });

  it("an operator is refused setting a main IP", async () => {
    state.role = "operator";
    const result = await setMainIpAction({ connectionId, serverId: "40123", ip: "192.0.2.11", confirm: "192.0.2.11", idempotencyKey: key });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(state.audits[0]).toMatchObject({ action: "network.set-main-ip", outcome: "denied" });
  });

  it("a viewer is refused every record change and PTR change", async () => {
    state.role = "viewer";
    const attempts = [
      addRecordAction(record),
      editRecordAction({ ...record, recordId: "602" }),
      deleteRecordAction({ ...zone, recordId: "602" }),
      importZoneAction({ ...zone, zoneFile: "www 300 IN A 192.0.2.1", fingerprint: "0123456789abcdef" }),
      updatePtrsAction({ entries: [{ connectionId, ref: "10451", ip: "203.0.113.12", hostname: "host.example.com" }], idempotencyKey: key }),
    ];
    for (const result of await Promise.all(attempts)) expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(state.audits.map((audit) => audit.outcome)).toEqual(["denied", "denied", "denied", "denied", "denied"]);
  });

  it("an admin passes the role check (and reaches the input check)", async () => {
    state.role = "admin";
    const result = await deleteZoneAction({ ...zone, zoneId: "not-a-number" });
    expect(result).toMatchObject({ ok: false, code: "invalid-input" });
  });

  it("an operator's invalid AAAA is a field error before any provider call", async () => {
    state.role = "operator";
    const result = await addRecordAction({ ...record, type: "AAAA", content: "192.0.2.1" });
    expect(result).toMatchObject({ ok: false, code: "invalid-input", fieldErrors: { content: [expect.stringMatching(/IPv6/)] } });
  });
});
