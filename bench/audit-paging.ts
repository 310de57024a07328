/**
 * The audit list's first page at 1,000 and at 100,000 events of one team (plus other teams' noise), on PGlite and
 * on PostgreSQL: the page's cost must not grow with the history.  npx tsx --conditions react-server bench/audit-paging.ts
 */
import { randomUUID } from "node:crypto";

import { median, report } from "./support/stats";

const { openTestDatabase } = await import("../lib/db/testing");
const { listAuditEvents, auditFilters } = await import("../lib/audit/query");
const { applyMigrations } = await import("../lib/db/migrations");
const { PGlite } = await import("@electric-sql/pglite");
const { PrismaPGlite } = await import("pglite-prisma-adapter");
const { PrismaClient } = await import("../lib/db/generated/client");
const { installDb } = await import("../lib/db/client");

async function openBackend(backend: "pglite" | "postgres") {
  if (backend === "postgres") {
    process.env.TEST_DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/test";
    return openTestDatabase("postgres");
  }
  const pglite = new PGlite();
  await applyMigrations(new PrismaPGlite(pglite));
  const client = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  installDb(client, async () => {
    await client.$disconnect();
    await pglite.close();
  });
  return { db: client, close: () => client.$disconnect().then(() => pglite.close()) };
}

async function grow(db: InstanceType<typeof PrismaClient>, teamId: string, actorId: string, count: number, startAt: number) {
  const batch = 5_000;
  for (let done = 0; done < count; done += batch) {
    const rows = Array.from({ length: Math.min(batch, count - done) }, (_, index) => ({
      id: randomUUID(),
      teamId,
      actorId,
      action: "dns.record-add",
      outcome: "success" as const,
      target: `record ${done + index}`,
      createdAt: new Date(startAt + (done + index) * 1000),
    }));
    await db.auditEvent.createMany({ data: rows });
  }
}

async function timePage(teamId: string): Promise<number> {
  const durations: number[] = [];
  for (let run = 0; run < 40; run++) {
    const started = performance.now();
    await listAuditEvents(teamId, auditFilters.parse({}));
    durations.push(performance.now() - started);
  }
  return median(durations.slice(5));
}

const rows = [];
for (const backend of ["pglite", "postgres"] as const) {
  const database = await openBackend(backend);
  const db = database.db;
  const team = await db.team.create({ data: { name: "Audit bench", slug: `audit-${randomUUID()}` } });
  const noise = await db.team.create({ data: { name: "Other", slug: `other-${randomUUID()}` } });
  const user = await db.user.create({ data: { email: `${randomUUID()}@example.com`, name: "Bench", passwordHash: "x" } });
  await db.membership.create({ data: { userId: user.id, teamId: team.id, role: "owner" } });
  const start = Date.UTC(2025, 0, 1);
  await grow(db, team.id, user.id, 1_000, start);
  await grow(db, noise.id, user.id, 1_000, start);
  const small = await timePage(team.id);
  await grow(db, team.id, user.id, 99_000, start + 2_000_000);
  await grow(db, noise.id, user.id, 49_000, start + 2_000_000);
  const large = await timePage(team.id);
  const ratio = large / small;
  rows.push({
    figure: `audit page p50, 100k vs 1k events (${backend})`,
    value: `${large.toFixed(2)} / ${small.toFixed(2)} ms = ${ratio.toFixed(2)}×`,
    goal: "≤ 1.5×",
    met: ratio <= 1.5,
  });
  await database.close();
}
report(rows);
