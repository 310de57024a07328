/**
 * `npm start`: the embedded default in one command — migrate and check the vault (short-lived process),
 * build when the sources changed, start the provider sandbox, then serve the console (scripts/serve.ts).
 *   PORT (3000), DATABASE_URL (embedded PGlite in ./data/pglite), HOSTDECK_SANDBOX=off to skip the sandbox.
 */
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";

import { ALLOWED_HOSTS_ENV } from "../lib/providers/core/allow-list";
import { SANDBOX_URLS_ENV } from "../lib/setup/sandbox";
import { parseFaultsEnv, startSandboxes, type RunningSandboxes } from "../sandbox/start";
import { buildIsStale } from "./build-freshness";
import { checkEnv } from "./check-env";
import { ensureAuthSecret } from "./runtime-secrets";

const dev = process.argv.includes("--dev");
const { config, port, problems } = checkEnv();
if (problems.length) {
  console.error(`Hostdeck cannot start:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  process.exit(2);
}
const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const tsxBin = require.resolve("tsx/cli");

function runOrExit(label: string, command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`${label} failed; Hostdeck was not started.`);
    process.exit(result.status ?? 1);
  }
}

runOrExit("Database preparation", process.execPath, [tsxBin, "scripts/prepare.ts"]);
if (!dev && buildIsStale()) {
  console.log("Building the console (first start or changed sources)…");
  runOrExit("The build", process.execPath, [nextBin, "build"]);
}

let sandboxes: RunningSandboxes | undefined;
const env: NodeJS.ProcessEnv = { ...process.env, AUTH_SECRET: ensureAuthSecret(config.dataDir), PORT: port };
if (process.env.HOSTDECK_SANDBOX !== "off") {
  sandboxes = await startSandboxes({ faults: parseFaultsEnv(process.env.HOSTDECK_SANDBOX_FAULTS) });
  const hosts = Object.values(sandboxes.origins).map((origin) => new URL(origin).host);
  env[SANDBOX_URLS_ENV] = JSON.stringify(sandboxes.baseUrls);
  env[ALLOWED_HOSTS_ENV] = [process.env[ALLOWED_HOSTS_ENV], ...hosts].filter(Boolean).join(",");
  console.log(`Provider sandbox: ${Object.values(sandboxes.origins).join(" ")}`);
}

// scripts/serve.ts: Next.js behind the edge handler (client address from the socket, security headers, request limits).
const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", ...(dev ? ["--dev"] : [])], { stdio: "inherit", env });
console.log(`Hostdeck ${dev ? "(dev) " : ""}on http://localhost:${port}`);

let stopping = false;
function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  server.kill(signal);
}
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
server.on("exit", (code) => {
  void (sandboxes?.close() ?? Promise.resolve()).finally(() => process.exit(code ?? 0));
});
