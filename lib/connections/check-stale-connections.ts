import { db } from "../db/client";
import { testConnection } from "./test-connection";

/** A connection whose last recorded outcome (from a page, an action or this check) is older is checked. */
export const STALE_AFTER_MS = 5 * 60_000;
const CONCURRENCY = 4;

/**
 * The scheduled health check: one cheap authenticated read per connection nobody has used lately, so
 * health badges stay true without spending the provider's budget on connections in use anyway.
 */
export async function checkStaleConnections(now = new Date()): Promise<number> {
  const stale = new Date(now.getTime() - STALE_AFTER_MS);
  const connections = await db().connection.findMany({
    where: {
      AND: [{ OR: [{ lastSuccessAt: null }, { lastSuccessAt: { lt: stale } }] }, { OR: [{ lastErrorAt: null }, { lastErrorAt: { lt: stale } }] }],
    },
    select: { id: true, teamId: true },
    orderBy: { createdAt: "asc" },
    take: 100,
  });
  let next = 0;
  const lane = async () => {
    while (next < connections.length) {
      const connection = connections[next++]!;
      // testConnection records the outcome on the row; anything else (a key that cannot decrypt) is logged.
      await testConnection(connection.teamId, connection.id).catch((error: unknown) => {
        console.error(`Health check of connection ${connection.id} failed:`, error instanceof Error ? error.message : error);
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, connections.length) }, lane));
  return connections.length;
}
