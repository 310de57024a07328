import { z } from "zod";

import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";

export const auditFilters = z.object({
  action: z.string().trim().max(100).optional().catch(undefined),
  actor: z.string().trim().max(320).optional().catch(undefined),
  connection: z.string().trim().max(100).optional().catch(undefined),
  outcome: z.enum(["started", "success", "failure", "denied"]).optional().catch(undefined),
  before: z.string().datetime().optional().catch(undefined),
});
export type AuditFilters = z.output<typeof auditFilters>;

export const AUDIT_PAGE_SIZE = 50;

/**
 * The team's events, plus sign-in events of its members (those carry no team), newest first,
 * paged by time so new rows never shift a page.
 */
export async function listAuditEvents(teamId: string, filters: AuditFilters) {
  const memberIds = (await db().membership.findMany({ where: { teamId }, select: { userId: true } })).map((m) => m.userId);
  const where: Prisma.AuditEventWhereInput = {
    AND: [
      { OR: [{ teamId }, { teamId: null, actorId: { in: memberIds } }] },
      filters.action ? { action: { contains: filters.action, mode: "insensitive" } } : {},
      filters.actor
        ? { OR: [{ actorEmail: { contains: filters.actor, mode: "insensitive" } }, { actorName: { contains: filters.actor, mode: "insensitive" } }] }
        : {},
      filters.connection ? { connectionLabel: { contains: filters.connection, mode: "insensitive" } } : {},
      filters.outcome ? { outcome: filters.outcome } : {},
      filters.before ? { createdAt: { lt: new Date(filters.before) } } : {},
    ],
  };
  const rows = await db().auditEvent.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: AUDIT_PAGE_SIZE + 1 });
  return { events: rows.slice(0, AUDIT_PAGE_SIZE), hasMore: rows.length > AUDIT_PAGE_SIZE };
}
