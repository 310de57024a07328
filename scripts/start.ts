/**
 * The short-lived first half of `npm start` / `npm run dev`: check every setting, migrate and check the
 * vault, make sure the cookie-signing secret exists, build when the sources changed — then exit, so the
 * npm script can `exec` the console's server (scripts/serve.ts, bundled by the build) as the one long-lived
 * process (see instrumentation.ts for what the server starts beside itself: the sandbox when enabled, the jobs,
 * graceful shutdown).
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

import { ensureAuthSecret } from "../lib/runtime/auth-secret";
import { buildIsStale } from "./build-freshness";
import { checkEnv } from "./check-env";
import { prepareDatabase } from "./prepare-database";

const dev = process.argv.includes("--dev");
const { config, problems } = checkEnv();
if (problems.length) {
  console.error(`Hostdeck cannot start:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  process.exit(2);
}

const prepared = await prepareDatabase(config);
if (prepared !== 0) process.exit(prepared);
ensureAuthSecret(config.dataDir);

if (!dev && buildIsStale()) {
  console.log("Building the console (first start or changed sources)…");
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  for (const step of [[nextBin, "build"], ["scripts/build-server.mjs"]]) {
    const build = spawnSync(process.execPath, step, { stdio: "inherit", env: process.env });
    if (build.status !== 0) {
      console.error("The build failed; Hostdeck was not started.");
      process.exit(build.status ?? 1);
    }
  }
}
process.exit(0);
