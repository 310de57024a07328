import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openTestDatabase, testBackends, type TestDatabase } from "@/lib/db/testing";
import { seedMember, seedTeam } from "@/lib/testing/seed";

import { AUDIT_PAGE_SIZE, auditFilters, listAuditEvents } from "./query";

describe.each(testBackends())("audit list on %s", (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(async () => {
    await database.close();
  });

  async function seedHistory() {
    const team = await seedTeam();
    const other = await seedTeam();
    const { user: member } = await seedMember(team, "admin", "Olivia");
    const { user: stranger } = await seedMember(other, "admin", "Stranger");
    const base = Date.UTC(2026, 10, 1);
    const rows = [];
    for (let index = 0; index < 130; index++) {
      // Pairs of events share a timestamp, so paging must order by id as well as time.
      const createdAt = new Date(base + Math.floor(index / 2) * 1000);
      rows.push({
        teamId: team.id,
        teamName: team.name,
        actorId: member.id,
        action: "dns.record-add",
        outcome: "success" as const,
        target: `record ${index}`,
        createdAt,
      });
      rows.push({
        teamId: other.id,
        teamName: other.name,
        actorId: stranger.id,
        action: "dns.record-add",
        outcome: "success" as const,
        target: `theirs ${index}`,
        createdAt,
      });
      if (index % 10 === 0) {
        rows.push({
          teamId: null,
          actorId: member.id,
          actorEmail: member.email,
          action: "auth.sign-in",
          outcome: index % 20 === 0 ? ("success" as const) : ("failure" as const),
          target: `sign-in ${index}`,
          createdAt,
        });
        rows.push({ teamId: null, actorId: stranger.id, action: "auth.sign-in", outcome: "success" as const, target: `their sign-in ${index}`, createdAt });
      }
    }
    await database.db.auditEvent.createMany({ data: rows });
    return { team };
  }

  it("pages through the team's events and its members' sign-ins, newest first, each exactly once", async () => {
    const { team } = await seedHistory();
    const seen: { target: string | null; createdAt: Date }[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page++) {
      const { events, nextCursor } = await listAuditEvents(team.id, auditFilters.parse({ after }));
      expect(events.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);
      seen.push(...events);
      if (!nextCursor) break;
      after = nextCursor;
    }
    expect(seen).toHaveLength(130 + 13);
    expect(new Set(seen.map((event) => event.target)).size).toBe(seen.length);
    expect(seen.some((event) => event.target?.startsWith("theirs") || event.target?.startsWith("their sign-in"))).toBe(false);
    const times = seen.map((event) => event.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(seen[0]!.target).toMatch(/record 12[89]/);
  });

  it("applies filters before paging", async () => {
    const { team } = await seedHistory();
    const failures = await listAuditEvents(team.id, auditFilters.parse({ outcome: "failure" }));
    expect(failures.events.map((event) => event.target)).toEqual(["sign-in 110", "sign-in 90", "sign-in 70", "sign-in 50", "sign-in 30", "sign-in 10"]);
    expect(failures.nextCursor).toBeNull();
  });

  it("ignores a malformed cursor instead of failing", async () => {
    const { team } = await seedHistory();
    const page = await listAuditEvents(team.id, auditFilters.parse({ after: "'; DROP TABLE x --" }));
    expect(page.events).toHaveLength(AUDIT_PAGE_SIZE);
  });
});
