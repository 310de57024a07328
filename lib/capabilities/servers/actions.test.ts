import { beforeEach, describe, expect, it, vi } from "vitest";

import type { Role } from "@/lib/auth/permissions";

/**
 * The role check happens in the action itself, not only in the UI: these call the exported server actions
 * with a mocked session. Nothing reaches the provider: the task starter is a spy that must stay unused.
 */
const session = vi.hoisted(() => ({ role: "viewer" as Role }));
const audits = vi.hoisted(() => [] as { action: string; outcome: string; message?: string }[]);
const startServerTask = vi.hoisted(() => vi.fn());

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "127.0.0.1" }), cookies: async () => ({ get: () => undefined }) }));
vi.mock("@/lib/auth/session", () => ({
  currentTeamContext: async () => ({
    user: { id: "u1", email: "someone@example.com", name: "Someone" },
    team: { id: "t1", name: "Team", slug: "team" },
    role: session.role,
    teams: [],
  }),
}));
vi.mock("@/lib/audit/write", () => {
  const writeAudit = async (entry: { action: string; outcome: string; message?: string }) => void audits.push(entry);
  return {
    writeAudit,
    startAudit: async () => "started",
    finishAudit: async (_id: string, entry: Parameters<typeof writeAudit>[0]) => writeAudit(entry),
    dropStartedAudit: async () => {},
  };
});
vi.mock("@/lib/capabilities/servers/start-server-task", () => ({ startServerTask }));

const { changeServerDnsAction, rebootServerAction, reinstallServerAction } = await import("./actions");

const ref = { connectionId: "6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b", serverId: "1301", idempotencyKey: "0b8f2f5e-3c1a-4c57-9a53-5f1f6c2b9d10" };
const reinstall = { ...ref, os: "debian-12-x86_64", expectedHostname: "web1.demo-hostdeck.eu", confirmHostname: "web1.demo-hostdeck.eu" };

beforeEach(() => {
  audits.length = 0;
  startServerTask.mockReset();
});

describe("server actions refuse roles below their permission", () => {
  it("refuses a reboot to a viewer and audits the refusal", async () => {
    session.role = "viewer";
    const result = await rebootServerAction(ref);
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(audits).toEqual([expect.objectContaining({ action: "servers.reboot", outcome: "denied" })]);
    expect(startServerTask).not.toHaveBeenCalled();
  });

  it("refuses a reinstall to an operator, even with a valid confirmation", async () => {
    session.role = "operator";
    const result = await reinstallServerAction(reinstall);
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(audits).toEqual([expect.objectContaining({ action: "servers.reinstall", outcome: "denied", message: "Role operator may not resources:destroy" })]);
    expect(startServerTask).not.toHaveBeenCalled();
  });

  it("lets an admin past the role check for a reinstall (then the typed host name is checked)", async () => {
    session.role = "admin";
    const result = await reinstallServerAction({ ...reinstall, confirmHostname: "web1" });
    expect(result).toMatchObject({ ok: false, code: "invalid-input", fieldErrors: { confirmHostname: [expect.any(String)] } });
    expect(audits).toEqual([]);
  });

  it("lets an operator past the role check for a reboot and DNS change (then the input is checked)", async () => {
    session.role = "operator";
    expect(await rebootServerAction({ ...ref, serverId: "not-a-number" })).toMatchObject({ ok: false, code: "invalid-input" });
    const dns = await changeServerDnsAction({ ...ref, ns1: "1.1.1.1", ns2: "300.1.1.1" });
    expect(dns).toMatchObject({ ok: false, code: "invalid-input", fieldErrors: { ns2: [expect.any(String)] } });
    expect(startServerTask).not.toHaveBeenCalled();
  });
});
