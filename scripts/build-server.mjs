/**
 * Second half of `npm run build`: bundles the console's HTTP server (scripts/serve.ts with the edge it imports)
 * into the build folder as plain JavaScript, so `npm start` ends in `node <dist>/hostdeck-server.mjs` — one
 * long-lived process, no TypeScript loader. Packages stay external (loaded from node_modules at run time).
 */
import path from "node:path";

import { build } from "esbuild";

const distDir = process.env.HOSTDECK_DIST_DIR ?? ".next";
const outfile = path.join(distDir, "hostdeck-server.mjs");

await build({
  entryPoints: ["scripts/serve.ts"],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  tsconfig: "tsconfig.json",
  logLevel: "warning",
  banner: { js: "// Built by scripts/build-server.mjs from scripts/serve.ts; do not edit." },
});
console.log(`Server bundle: ${outfile}`);
