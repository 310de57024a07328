import { db } from "../db/client";
import { notFound } from "../errors/app-error";
import { isRecordId } from "../validation/plain-text";

/** Every column but the ciphertext: what pages may load. Only `openConnection` reads the secret. */
export const safeConnectionSelect = {
  id: true,
  teamId: true,
  kind: true,
  label: true,
  baseUrl: true,
  settings: true,
  requestsPerMinute: true,
  isSandbox: true,
  lastSuccessAt: true,
  lastErrorAt: true,
  lastError: true,
  createdAt: true,
  updatedAt: true,
} as const;

export function listConnections(teamId: string) {
  return db().connection.findMany({ where: { teamId }, select: safeConnectionSelect, orderBy: [{ kind: "asc" }, { label: "asc" }] });
}

/** Scoped by team inside the query: another team's connection is simply not found. */
export async function findConnection(teamId: string, id: string) {
  if (!isRecordId(id)) throw notFound("This connection");
  const connection = await db().connection.findFirst({ where: { id, teamId }, select: safeConnectionSelect });
  if (!connection) throw notFound("This connection");
  return connection;
}

export type SafeConnection = Awaited<ReturnType<typeof findConnection>>;
