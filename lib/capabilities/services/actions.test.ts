import { beforeEach, describe, expect, it, vi } from "vitest";

import type { Role } from "@/lib/auth/permissions";

const session = vi.hoisted(() => ({ role: "operator" as Role }));
const audits = vi.hoisted(() => [] as { action: string; outcome: string; message?: string }[]);

vi.mock("@/lib/auth/session", () => ({
  currentTeamContext: async () => ({
    user: { id: "user-1", email: "someone@example.test", name: "Someone" },
    team: { id: "team-1", name: "Team", slug: "team" },
    role: session.role,
    teams: [{ id: "team-1", name: "Team", role: session.role }],
  }),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.5" }) }));
vi.mock("@/lib/audit/write", () => {
  const writeAudit = async (entry: { action: string; outcome: string; message?: string }) => {
    audits.push({ action: entry.action, outcome: entry.outcome, message: entry.message });
  };
  return {
    writeAudit,
    startAudit: async () => "started",
    finishAudit: async (_id: string, entry: Parameters<typeof writeAudit>[0]) => writeAudit(entry),
    dropStartedAudit: async () => {},
  };
});

const { cancelServiceAction, setPduPowerAction, setServiceLabelAction } = await import("./actions");

const connectionId = "6f1c1f5e-4b7a-4a57-9a43-2f4f1d2f8a10";
const key = "0b6f2c1e-3a4d-4e5f-8a9b-0c1d2e3f4a5b";
const cancel = {
  connectionId,
  serviceId: "1301",
  immediate: false,
  reason: "Moving away",
  expected: "Web frontend",
  confirm: "Web frontend",
  idempotencyKey: key,
};

beforeEach(() => {
  audits.length = 0;
});

describe("services actions: who may do what", () => {
  it("refuses a cancellation to an operator (admin only), and audits the refusal", async () => {
    session.role = "operator";
    const result = await cancelServiceAction(cancel);
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(audits).toEqual([{ action: "services.cancel", outcome: "denied", message: "Role operator may not resources:destroy" }]);
  });

  it("lets an admin past the role check (the typed confirmation is then checked)", async () => {
    session.role = "admin";
    const result = await cancelServiceAction({ ...cancel, confirm: "web frontend" });
    expect(result).toMatchObject({ ok: false, code: "invalid-input", fieldErrors: { confirm: ["Type the label exactly as shown to confirm"] } });
    expect(audits).toEqual([]);
  });

  it("refuses a label edit to a viewer", async () => {
    session.role = "viewer";
    const result = await setServiceLabelAction({ connectionId, serviceId: "1301", label: "New", idempotencyKey: key });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(audits[0]).toMatchObject({ action: "services.label", outcome: "denied" });
  });

  it("lets an operator past the role check for a label edit (input is then validated)", async () => {
    session.role = "operator";
    const result = await setServiceLabelAction({ connectionId, serviceId: "1301", label: "x".repeat(61), idempotencyKey: key });
    expect(result).toMatchObject({ ok: false, code: "invalid-input", fieldErrors: { label: ["At most 60 characters"] } });
  });

  it("refuses PDU power to a viewer", async () => {
    session.role = "viewer";
    const result = await setPduPowerAction({ connectionId, serviceId: "10452", portId: "22", power: true, idempotencyKey: key });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
  });
});
