import { beforeEach, describe, expect, it, vi } from "vitest";

import type * as Idempotency from "@/lib/actions/idempotency";

import type { Role } from "../../auth/permissions";

// The session, request headers, audit writer, idempotency store and provider calls are replaced;
// the action helper and its permission check are the real ones.
const session = vi.hoisted(() => ({ role: "viewer" as Role }));
const audit = vi.hoisted(() => ({ rows: [] as { action: string; outcome: string; target?: string }[] }));
const calls = vi.hoisted(() => ({ replies: [] as unknown[], acks: [] as unknown[] }));
const connection = vi.hoisted(() => ({
  id: "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d",
  label: "XSServer",
  kind: "xsserver",
  kindLabel: "XSServer",
  isSandbox: true,
}));

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
  const writeAudit = async (entry: { action: string; outcome: string; target?: string }) => {
    audit.rows.push({ action: entry.action, outcome: entry.outcome, target: entry.target });
  };
  return {
    writeAudit,
    startAudit: async () => "started",
    finishAudit: async (_id: string, entry: Parameters<typeof writeAudit>[0]) => writeAudit(entry),
    dropStartedAudit: async () => {},
  };
});
vi.mock("@/lib/actions/idempotency", async (importOriginal) => ({
  ...(await importOriginal<typeof Idempotency>()),
  runOnce: async (_scope: unknown, execute: () => Promise<unknown>) => execute(),
}));
vi.mock("@/lib/capabilities/tickets/change-ticket", () => ({
  replyToTicket: async (teamId: string, input: { ticketNumber: string }) => {
    calls.replies.push({ teamId, ...input });
    return { connection, ticketNumber: input.ticketNumber };
  },
  createTicket: async () => ({ connection, ticketNumber: "1" }),
  setTicketClosed: async () => ({ connection, ticketNumber: "1", closed: true }),
}));
vi.mock("@/lib/capabilities/accounts/acknowledge-notification", () => ({
  acknowledgeNotification: async (teamId: string, input: { notificationId: string }) => {
    calls.acks.push({ teamId, ...input });
    return { connection, notificationId: input.notificationId };
  },
}));

const { closeTicketAction, reopenTicketAction, replyTicketAction } = await import("./actions");
const { acknowledgeNotificationAction } = await import("../accounts/actions");

const connectionId = connection.id;
const idempotencyKey = "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed";
const reply = { connectionId, ticketNumber: "518204", body: "Thanks!", idempotencyKey };

beforeEach(() => {
  audit.rows = [];
  calls.replies = [];
  calls.acks = [];
});

describe("ticket actions and roles", () => {
  it("refuses a viewer's reply before any provider call, and audits the refusal", async () => {
    session.role = "viewer";
    expect(await replyTicketAction(reply)).toMatchObject({ ok: false, code: "forbidden" });
    expect(calls.replies).toEqual([]);
    expect(audit.rows).toEqual([{ action: "tickets.reply", outcome: "denied", target: undefined }]);
  });

  it("refuses a viewer closing or re-opening a ticket", async () => {
    session.role = "viewer";
    expect(await closeTicketAction({ connectionId, ticketNumber: "518204", idempotencyKey })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await reopenTicketAction({ connectionId, ticketNumber: "518204", idempotencyKey })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("lets an operator reply: the call reaches the provider layer for the session's team, audited with the ticket", async () => {
    session.role = "operator";
    expect(await replyTicketAction(reply)).toEqual({ ok: true, data: { ticketNumber: "518204" } });
    expect(calls.replies).toEqual([{ teamId: "team-1", connectionId, ticketNumber: "518204", body: "Thanks!" }]);
    expect(audit.rows).toEqual([{ action: "tickets.reply", outcome: "success", target: "ticket 518204" }]);
  });

  it("refuses an operator's empty reply as a field error", async () => {
    session.role = "operator";
    const result = await replyTicketAction({ ...reply, body: "  " });
    expect(result).toMatchObject({ ok: false, code: "invalid-input", fieldErrors: { body: ["Write a message"] } });
    expect(calls.replies).toEqual([]);
  });
});

describe("notification acknowledge and roles", () => {
  it("is refused to a viewer and allowed to an operator", async () => {
    session.role = "viewer";
    expect(await acknowledgeNotificationAction({ connectionId, notificationId: "901", idempotencyKey })).toMatchObject({ ok: false, code: "forbidden" });
    expect(calls.acks).toEqual([]);
    session.role = "operator";
    expect(await acknowledgeNotificationAction({ connectionId, notificationId: "901", idempotencyKey })).toMatchObject({ ok: true });
    expect(calls.acks).toEqual([{ teamId: "team-1", connectionId, notificationId: "901" }]);
  });
});
