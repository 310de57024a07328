import { beforeEach, describe, expect, it, vi } from "vitest";

import type { Role } from "@/lib/auth/permissions";

const session = vi.hoisted(() => ({ role: "operator" as Role }));
const withAdapter = vi.hoisted(() => vi.fn());
const writeAudit = vi.hoisted(() => vi.fn());

vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));
vi.mock("@/lib/auth/session", () => ({
  currentTeamContext: async () => ({
    user: { id: "u1", email: "someone@example.com", name: "Someone" },
    team: { id: "t1", name: "Team", slug: "team" },
    role: session.role,
    teams: [],
  }),
}));
vi.mock("@/lib/audit/write", () => ({
  writeAudit,
  startAudit: async () => "started",
  finishAudit: async (_id: string, entry: unknown) => writeAudit(entry),
  dropStartedAudit: async () => {},
}));
vi.mock("@/lib/capabilities/core/connections", () => ({ withAdapter }));

const { addAclRule, deleteProxyLease, moveAclRuleAction, addProxyPort } = await import("./actions");

const key = "5b0f2f8e-9d55-4c7e-9a1e-1f2d3c4b5a69";
const connectionId = "7d3e2c1b-4a5f-4e6d-8c7b-9a0b1c2d3e4f";

beforeEach(() => {
  withAdapter.mockReset();
  writeAudit.mockReset();
});

describe("proxies actions: roles are checked by the action itself", () => {
  it("refuses an operator deleting a lease (admin only), audits the refusal and never reaches X4B", async () => {
    session.role = "operator";
    const result = await deleteProxyLease({ connectionId, leaseId: 1201, idempotencyKey: key });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(withAdapter).not.toHaveBeenCalled();
    expect(writeAudit).toHaveBeenCalledWith(expect.objectContaining({ action: "proxies.delete-lease", outcome: "denied" }));
  });

  it("refuses a viewer adding an ACL rule, and moving one", async () => {
    session.role = "viewer";
    const add = await addAclRule({ connectionId, leaseId: 1201, portId: 5001, mode: "allow", mask: "192.0.2.0/24", idempotencyKey: key });
    expect(add).toMatchObject({ ok: false, code: "forbidden" });
    const move = await moveAclRuleAction({ connectionId, leaseId: 1201, portId: 5001, mask: "192.0.2.0/24", from: 0, to: 1, idempotencyKey: key });
    expect(move).toMatchObject({ ok: false, code: "forbidden" });
    expect(withAdapter).not.toHaveBeenCalled();
    expect(writeAudit).toHaveBeenCalledWith(expect.objectContaining({ action: "proxies.add-acl", outcome: "denied" }));
  });

  it("lets an operator past the role check (then validates the input before any provider call)", async () => {
    session.role = "operator";
    const result = await addAclRule({ connectionId, leaseId: 1201, portId: 5001, mode: "allow", mask: "192.0.2.0/33", idempotencyKey: key });
    expect(result).toMatchObject({ ok: false, code: "invalid-input", fieldErrors: { mask: [expect.stringMatching(/at most 32/)] } });
    const port = await addProxyPort({ connectionId, leaseId: 1201, from: "70000", to: "80", addr: "not-an-ip", type: "http", idempotencyKey: key });
    expect(port).toMatchObject({ ok: false, code: "invalid-input" });
    expect(port.ok ? [] : Object.keys(port.fieldErrors ?? {})).toEqual(expect.arrayContaining(["from", "addr"]));
    expect(withAdapter).not.toHaveBeenCalled();
  });
});
