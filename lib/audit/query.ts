import { z } from "zod";

import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";

/** A position in the list: the last row shown, as "<ISO time>_<id>" (rows with one timestamp keep their order). */
const cursorSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_[0-9a-f-]{36}$/)
  .transform((value) => {
    const [at, id] = value.split("_") as [string, string];
    return { at: new Date(at), id };
  });

export const auditFilters = z.object({
  action: z.string().trim().max(100).optional().catch(undefined),
  actor: z.string().trim().max(320).optional().catch(undefined),
  connection: z.string().trim().max(100).optional().catch(undefined),
  outcome: z.enum(["started", "success", "failure", "denied"]).optional().catch(undefined),
  after: cursorSchema.optional().catch(undefined),
});
export type AuditFilters = z.output<typeof auditFilters>;

export const AUDIT_PAGE_SIZE = 50;

export const cursorOf = (event: { createdAt: Date; id: string }) => `${event.createdAt.toISOString()}_${event.id}`;

const newestFirst: Prisma.AuditEventOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

function filterWhere(filters: AuditFilters): Prisma.AuditEventWhereInput[] {
  return [
    filters.action ? { action: { contains: filters.action, mode: "insensitive" } } : {},
    filters.actor
      ? { OR: [{ actorEmail: { contains: filters.actor, mode: "insensitive" } }, { actorName: { contains: filters.actor, mode: "insensitive" } }] }
      : {},
    filters.connection ? { connectionLabel: { contains: filters.connection, mode: "insensitive" } } : {},
    filters.outcome ? { outcome: filters.outcome } : {},
    filters.after ? { OR: [{ createdAt: { lt: filters.after.at } }, { createdAt: filters.after.at, id: { lt: filters.after.id } }] } : {},
  ];
}

/**
 * The team's events, plus sign-in events of its members (those carry no team), newest first, a page at a time
 * by keyset. Two ordered reads, each walking its own index (team + time; actor + time), merged: the cost of a
 * page does not grow with the number of events.
 */
export async function listAuditEvents(teamId: string, filters: AuditFilters) {
  const memberIds = (await db().membership.findMany({ where: { teamId }, select: { userId: true } })).map((m) => m.userId);
  const rest = filterWhere(filters);
  const take = AUDIT_PAGE_SIZE + 1;
  const [teamRows, signInRows] = await Promise.all([
    db().auditEvent.findMany({ where: { AND: [{ teamId }, ...rest] }, orderBy: newestFirst, take }),
    memberIds.length === 0
      ? Promise.resolve([])
      : db().auditEvent.findMany({ where: { AND: [{ teamId: null, actorId: { in: memberIds } }, ...rest] }, orderBy: newestFirst, take }),
  ]);
  const rows = [...teamRows, ...signInRows]
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .slice(0, take);
  const events = rows.slice(0, AUDIT_PAGE_SIZE);
  return { events, nextCursor: rows.length > AUDIT_PAGE_SIZE ? cursorOf(events.at(-1)!) : null };
}
