/**
 * Issue 10's figures, each printed beside its goal:  npx tsx bench/scaleout.ts  (part of `npm run bench`)
 *   - idle memory of everything `npm start` leaves running, embedded and on PostgreSQL (+ Redis, no sandbox),
 *     and its growth over 5,000 requests after warm-up;
 *   - cold start on a fresh data folder / database, and warm restart, to /api/ready answering;
 *   - two instances behind a round-robin proxy against one, on a list route (req/s).
 * Needs the production build (`npm run build`; HOSTDECK_DIST_DIR is honoured), and for the PostgreSQL parts
 * TEST_DATABASE_URL and TEST_REDIS_URL (defaults: this machine's postgresql://postgres@127.0.0.1:5432/test and
 * redis://127.0.0.1:6379). Ports 3390–3399 and 4390–4399 (BENCH_BASE_PORT, BENCH_SANDBOX_BASE_PORT move them).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import os from "node:os";
import path from "node:path";

import { chromium } from "@playwright/test";
import pg from "pg";

import { buildIsStale } from "../scripts/build-freshness";
import { treeRss } from "./process-tree";

const basePort = Number(process.env.BENCH_BASE_PORT ?? 3390);
const sandboxBase = Number(process.env.BENCH_SANDBOX_BASE_PORT ?? 4390);
process.env.TEST_DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/test";
process.env.TEST_REDIS_URL ??= "redis://127.0.0.1:6379";
process.env.E2E_CLUSTER_BASE_PORT = String(basePort + 5);
process.env.E2E_CLUSTER_SANDBOX_BASE_PORT = String(sandboxBase + 5);

if (buildIsStale()) {
  console.error("The production build is missing or older than the sources: run `npm run build` first.");
  process.exit(2);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const line = (label: string, value: string, goal: string, ok: boolean | null) =>
  console.log(`${label.padEnd(58)} ${value.padStart(10)}   goal ${goal}${ok === null ? "" : ok ? "  ✓" : "  ✗"}`);

interface Started {
  child: ChildProcess;
  readyMs: number;
}

/** `npm start` as a user runs it, timed until /api/ready answers 200. */
async function npmStart(env: NodeJS.ProcessEnv, port: number): Promise<Started> {
  const started = Date.now();
  const child = spawn("npm", ["start"], { env: { ...env, PORT: String(port) }, stdio: "ignore", detached: true });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://localhost:${port}/api/ready`)).ok) return { child, readyMs: Date.now() - started };
    } catch {
      /* not listening yet */
    }
    if (Date.now() - started > 300_000) throw new Error("not ready in 5 minutes");
    await sleep(100);
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  await exited;
}

const agent = new Agent({ keepAlive: true, maxSockets: 16 });
function get(url: string, cookie?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers: cookie ? { cookie } : {} }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end();
  });
}

/** `count` GETs over `concurrency` lanes, cycling through the paths. */
async function load(baseUrl: string, paths: string[], count: number, concurrency = 8, cookie?: string): Promise<{ ms: number; failed: number }> {
  let next = 0;
  let failed = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const index = next++;
        const status = await get(baseUrl + paths[index % paths.length]!, cookie).catch(() => 0);
        if (status >= 400 || status === 0) failed++;
      }
    }),
  );
  return { ms: Date.now() - started, failed };
}

/** Cold start, idle memory, growth over 5,000 requests, warm restart: one kind of deployment. */
async function lifecycle(name: string, env: NodeJS.ProcessEnv, port: number, goals: { idleMb: number }) {
  const cold = await npmStart(env, port);
  line(`${name}: cold start to /api/ready (build reused)`, `${(cold.readyMs / 1000).toFixed(1)} s`, "≤ 12 s", cold.readyMs <= 12_000);
  const base = `http://localhost:${port}`;
  const routes = ["/login", "/api/ready", "/setup", "/api/health"];
  await load(base, routes, 500);
  await sleep(15_000);
  const idle = treeRss(cold.child.pid!);
  line(`${name}: idle memory, everything npm start left running`, `${idle.totalMb} MB`, `≤ ${goals.idleMb} MB`, idle.totalMb <= goals.idleMb);
  for (const p of idle.processes.filter((p) => p.rssMb >= 5)) console.log(`    ${String(p.rssMb).padStart(5)} MB  ${p.command}`);
  // Warm-up: V8 grows its heap to the working size of this load once; growth after that would be a leak.
  await load(base, routes, 5_000);
  await sleep(10_000);
  let before = treeRss(cold.child.pid!).totalMb;
  line(`${name}: memory after a 5,000-request warm-up`, `${before} MB`, "(the baseline below)", null);
  for (const round of [1, 2]) {
    const run = await load(base, routes, 5_000);
    await sleep(10_000);
    const after = treeRss(cold.child.pid!).totalMb;
    const growth = after - before;
    line(
      `${name}: growth over 5,000 more requests, round ${round} (${Math.round((5_000 / run.ms) * 1000)} req/s, ${run.failed} failed)`,
      `${growth >= 0 ? "+" : ""}${growth} MB`,
      "none (≤ +5 %)",
      growth <= before * 0.05,
    );
    before = after;
  }
  await stop(cold.child);
  const warm = await npmStart(env, port);
  line(`${name}: warm restart to /api/ready`, `${(warm.readyMs / 1000).toFixed(1)} s`, "≤ 5 s", warm.readyMs <= 5_000);
  await stop(warm.child);
}

const sandboxPorts = (offset: number) =>
  Object.fromEntries(["X4B", "XTREAM", "TIME4VPS", "XSSERVER", "IPMODULE"].map((kind, i) => [`SANDBOX_${kind}_PORT`, String(sandboxBase + offset + i)]));

// 1. The embedded default, as `npm install && npm start` runs it.
const dataDir = mkdtempSync(path.join(os.tmpdir(), "hostdeck-bench-"));
try {
  await lifecycle("embedded", { ...process.env, DATABASE_URL: `pglite:${dataDir}/pglite`, ...sandboxPorts(0) }, basePort, { idleMb: 450 });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

// 2. PostgreSQL and Redis, sandbox off: one production instance.
const admin = process.env.TEST_DATABASE_URL;
const databaseName = `hostdeck_bench_${randomBytes(4).toString("hex")}`;
const client = new pg.Client({ connectionString: admin });
await client.connect();
await client.query(`CREATE DATABASE "${databaseName}"`);
await client.end();
const databaseUrl = new URL(admin);
databaseUrl.pathname = `/${databaseName}`;
try {
  await lifecycle(
    "PostgreSQL + Redis",
    {
      ...process.env,
      DATABASE_URL: databaseUrl.toString(),
      REDIS_URL: process.env.TEST_REDIS_URL,
      REDIS_KEY_PREFIX: `hostdeck-bench:${randomBytes(4).toString("hex")}:`,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      HOSTDECK_SECRET_KEY: randomBytes(32).toString("hex"),
      HOSTDECK_SANDBOX: "off",
    },
    basePort + 1,
    { idleMb: 250 },
  );
} finally {
  const cleanup = new pg.Client({ connectionString: admin });
  await cleanup.connect();
  await cleanup.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  await cleanup.end();
}

// 3. Two instances behind the proxy against one, the deployment of docs/deploy.md (e2e/cluster/cluster.ts).
const { startCluster } = await import("../e2e/cluster/cluster");
const cluster = await startCluster();
try {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  const page = await browser.newPage({ baseURL: cluster.proxyUrl });
  await page.goto("/setup");
  await page.getByLabel("Your name").fill("Bench");
  await page.getByLabel("Email").fill("bench@example.test");
  await page.getByLabel("Password").fill("a long bench password 1");
  await page.getByLabel("Team name").fill("Bench");
  await page.getByRole("button", { name: "Create owner and team" }).click();
  await page.getByRole("heading", { name: "Overview" }).waitFor();
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await browser.close();
  const [connection] = await cluster.sql<{ id: string }>(`SELECT id FROM "Connection" WHERE kind = 'time4vps'`);
  // The sandbox does not throttle; the bench measures the console, not the budget.
  await cluster.sql(`UPDATE "Connection" SET "requestsPerMinute" = 1000000`);
  const route = process.env.BENCH_ROUTE ?? `/api/services/${connection!.id}`;
  const one = cluster.instances[0]!.url;
  await load(one, [route], 300, 16, cookie);
  await load(cluster.proxyUrl, [route], 300, 16, cookie);
  const single = await load(one, [route], 3_000, 16, cookie);
  const pair = await load(cluster.proxyUrl, [route], 3_000, 16, cookie);
  const rate = (r: { ms: number }) => (3_000 / r.ms) * 1000;
  const calls = cluster.calls.length;
  console.log(`two instances vs one on ${route.replace(connection!.id, "<time4vps>")} (16 in flight, ${calls} sandbox calls in all):`);
  line("  one instance", `${rate(single).toFixed(0)} req/s`, "", null);
  line("  two instances behind the proxy", `${rate(pair).toFixed(0)} req/s`, "", null);
  line("  ratio", `${(rate(pair) / rate(single)).toFixed(2)}×`, "≥ 1.7×", rate(pair) / rate(single) >= 1.7);
  console.log(`  (${os.cpus().length} cores for both instances, the proxy, the sandbox and this load generator; failures: ${single.failed} / ${pair.failed})`);
} finally {
  await cluster.stop();
}
agent.destroy();
