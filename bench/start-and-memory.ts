/**
 * Cold start and idle memory of `npm start` on a fresh embedded database:
 *   npx tsx bench/start-and-memory.ts
 * Prints: time until /api/health answers (migrate + vault + sandbox + next start; the build is reused when
 * fresh), then the resident memory of every process of the tree after 15 s idle, and after a few page loads.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const port = 3390;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "hostdeck-bench-"));
const env = {
  ...process.env,
  PORT: String(port),
  DATABASE_URL: `pglite:${dataDir}/pglite`,
  SANDBOX_X4B_PORT: "4391",
  SANDBOX_XTREAM_PORT: "4392",
  SANDBOX_TIME4VPS_PORT: "4393",
  SANDBOX_XSSERVER_PORT: "4394",
  SANDBOX_IPMODULE_PORT: "4395",
};

function treeRssMb(rootPid: number): { total: number; processes: { pid: number; command: string; rssMb: number }[] } {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* process ended */
    }
  }
  const processes: { pid: number; command: string; rssMb: number }[] = [];
  const visit = (pid: number) => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
      const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").slice(0, 3).join(" ").slice(0, 80);
      processes.push({ pid, command, rssMb: Math.round(rss) });
    } catch {
      return;
    }
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return { total: processes.reduce((sum, p) => sum + p.rssMb, 0), processes };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const hadBuild = existsSync(path.join(process.env.HOSTDECK_DIST_DIR ?? ".next", "BUILD_ID"));
const started = Date.now();
const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env, stdio: "ignore" });
let ready = false;
while (!ready && Date.now() - started < 300_000) {
  try {
    ready = (await fetch(`http://localhost:${port}/api/health`)).ok;
  } catch {
    await sleep(200);
  }
}
const coldStartMs = Date.now() - started;
console.log(`cold start on a fresh data folder (${hadBuild ? "build reused" : "including the production build"}): ${(coldStartMs / 1000).toFixed(1)} s`);

await sleep(15_000);
const idle = treeRssMb(child.pid!);
console.log(`idle memory, whole tree: ${idle.total} MB`);
for (const p of idle.processes.filter((p) => p.rssMb > 20)) console.log(`  ${String(p.rssMb).padStart(5)} MB  ${p.command}`);

for (const route of ["/setup", "/login", "/api/health", "/setup", "/login"]) await fetch(`http://localhost:${port}${route}`);
await sleep(2_000);
console.log(`after a few page loads: ${treeRssMb(child.pid!).total} MB`);

child.kill("SIGTERM");
await sleep(2_000);
rmSync(dataDir, { recursive: true, force: true });
