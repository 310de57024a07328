import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const sources = [
  "app",
  "components",
  "lib",
  "sandbox",
  "instrumentation.ts",
  "scripts/serve.ts",
  "next.config.mjs",
  "tailwind.config.ts",
  "package-lock.json",
  "prisma/schema.prisma",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (child === "node_modules" || child.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** A production build is needed when there is none (or no server bundle), or when a source file changed after it. */
export function buildIsStale(root = process.cwd()): boolean {
  const distDir = path.join(root, process.env.HOSTDECK_DIST_DIR ?? ".next");
  const buildId = path.join(distDir, "BUILD_ID");
  if (!existsSync(buildId) || !existsSync(path.join(distDir, "hostdeck-server.mjs"))) return true;
  const built = statSync(buildId).mtimeMs;
  return sources.some((entry) => newestMtime(path.join(root, entry)) > built);
}
