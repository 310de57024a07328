/**
 * A production console for benchmarks: a database seeded with an owner, a team and the given connections (in
 * this process, which then lets go of it), `next start` from the existing build in its own process, and a
 * signed-in session cookie. Run with `tsx --conditions react-server` (server modules refuse other importers).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import pg from "pg";

export interface SeedConnection {
  kind: "x4b" | "xtream" | "time4vps" | "xsserver" | "ipmodule";
  label: string;
  baseUrl: string;
  credentials: Record<string, string>;
  requestsPerMinute?: number;
}

export interface SeededTeam {
  teamId: string;
  email: string;
  connections: { id: string; label: string; kind: string }[];
  /** The team owner's session cookie. */
  cookie: string;
}

export interface RunningConsole {
  origin: string;
  pid: number;
  teams: SeededTeam[];
  /** CPU time (user + system) the server process has used, in milliseconds. */
  cpuMs(): Promise<number>;
  /** Resident memory of the server process, in bytes. */
  rssBytes(): Promise<number>;
  stop(): Promise<void>;
}

export const OWNER = { email: "bench@example.com", password: "bench-password-1", name: "Bench Owner" };

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

async function procStat(pid: number): Promise<{ cpuMs: number; rssBytes: number }> {
  const { readFile } = await import("node:fs/promises");
  const fields = (await readFile(`/proc/${pid}/stat`, "utf8")).split(") ")[1]!.split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rssPages = Number(fields[21]);
  return { cpuMs: (ticks * 1000) / 100, rssBytes: rssPages * 4096 };
}

/** A fresh database for one run: a PGlite folder, or a throwaway PostgreSQL database. */
async function freshDatabase(backend: "pglite" | "postgres"): Promise<{ url: string; dispose(): Promise<void> }> {
  if (backend === "pglite") {
    const dir = await mkdtemp(path.join(os.tmpdir(), "hostdeck-bench-"));
    return { url: `pglite:${path.join(dir, "pglite")}`, dispose: () => rm(dir, { recursive: true, force: true }) };
  }
  const admin = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";
  const name = `hostdeck_bench_${process.pid}_${randomBytes(3).toString("hex")}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dispose: async () => {
      const cleanup = new pg.Client({ connectionString: admin });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

async function seed(databaseUrl: string, teams: SeedConnection[][]) {
  process.env.DATABASE_URL = databaseUrl;
  const { readDatabaseConfig } = await import("../../lib/db/config");
  const { openAdapter } = await import("../../lib/db/adapter");
  const { applyMigrations } = await import("../../lib/db/migrations");
  const adapter = await openAdapter(readDatabaseConfig());
  await applyMigrations(adapter.factory);
  await adapter.close();
  const { db, closeDb } = await import("../../lib/db/client");
  const { hashPassword } = await import("../../lib/auth/password");
  const { createConnection } = await import("../../lib/connections/save-connection");
  const { SETUP_SETTING } = await import("../../lib/setup/state");
  await db().setting.create({ data: { key: SETUP_SETTING, value: { at: new Date().toISOString() } } });
  const passwordHash = await hashPassword(OWNER.password);
  const seeded = [];
  for (const [index, connections] of teams.entries()) {
    const user = await db().user.create({ data: { email: ownerEmail(index), name: OWNER.name, passwordHash } });
    const team = await db().team.create({ data: { name: `Bench team ${index + 1}`, slug: `bench-${randomBytes(3).toString("hex")}` } });
    await db().membership.create({ data: { userId: user.id, teamId: team.id, role: "owner" } });
    const created = [];
    for (const connection of connections) {
      const row = await createConnection(team.id, { ...connection, requestsPerMinute: connection.requestsPerMinute ?? 100_000 });
      created.push({ id: row.id, label: connection.label, kind: connection.kind });
    }
    seeded.push({ teamId: team.id, email: ownerEmail(index), connections: created });
  }
  await closeDb();
  return seeded;
}

/** The owner of the n-th seeded team (each team has its own owner). */
const ownerEmail = (index: number) => (index === 0 ? OWNER.email : `bench-${index}@example.com`);

/** Signs in through Auth.js's credentials callback and returns the session cookie. */
export async function signIn(origin: string, email = OWNER.email, password = OWNER.password): Promise<string> {
  const csrfResponse = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, origin },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: origin }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.includes("session-token="));
  if (!session) throw new Error(`sign-in failed (HTTP ${response.status})`);
  return session.split(";")[0]!;
}

/** How the console is served: the same entry `npm start` ends in. */
const serverEntry = [process.execPath, "--import", "tsx", "scripts/serve.ts"];

export async function startConsole(options: {
  backend: "pglite" | "postgres";
  port: number;
  /** The connections of each team to seed (one team per entry). */
  teams: SeedConnection[][];
  env?: Record<string, string>;
}): Promise<RunningConsole> {
  const database = await freshDatabase(options.backend);
  // One vault key for the whole run: this process's vault is loaded once and seeds every console.
  const secretKey = (process.env.HOSTDECK_SECRET_KEY ??= randomBytes(32).toString("hex"));
  process.env.HOSTDECK_ALLOWED_HOSTS = "127.0.0.1";
  const seeded = await seed(database.url, options.teams);
  const origin = `http://127.0.0.1:${options.port}`;
  const child: ChildProcess = spawn(serverEntry[0]!, serverEntry.slice(1), {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      HOSTDECK_SECRET_KEY: secretKey,
      AUTH_SECRET: randomBytes(32).toString("hex"),
      AUTH_URL: origin,
      HOSTDECK_ALLOWED_HOSTS: "127.0.0.1",
      HOSTDECK_SANDBOX: "off",
      PORT: String(options.port),
      ...options.env,
    },
  });
  await waitFor(`${origin}/api/health`, 90_000);
  const teams: SeededTeam[] = [];
  for (const team of seeded) teams.push({ ...team, cookie: await signIn(origin, team.email) });
  return {
    origin,
    pid: child.pid!,
    teams,
    cpuMs: async () => (await procStat(child.pid!)).cpuMs,
    rssBytes: async () => (await procStat(child.pid!)).rssBytes,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
      await database.dispose();
    },
  };
}
