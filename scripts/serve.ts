/**
 * The console's HTTP server: Next.js behind the edge handler (lib/http/edge.ts), which knows the socket's address
 * (`next start` cannot tell a forged X-Forwarded-For from its own), adds the security headers with a fresh CSP
 * nonce, and refuses oversized and malformed requests before Next answers them with a 500.
 *   PORT (3000), HOSTDECK_TRUSTED_PROXIES, `--dev` for development.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";

import next from "next";

import { createEdgeHandler } from "../lib/http/edge";
import { parseTrustedProxies, TRUSTED_PROXIES_ENV } from "../lib/http/trusted-proxies";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const { trust, problem } = parseTrustedProxies(process.env[TRUSTED_PROXIES_ENV]);
if (problem) {
  console.error(`Hostdeck cannot start: ${problem}`);
  process.exit(2);
}

const app = next({ dev, port, dir: process.cwd(), ...(dev ? { turbopack: true } : {}) });
await app.prepare();
const handle = app.getRequestHandler();

/** The server actions this build knows; Next answers an unknown id itself, with a logged warning. */
function builtActionIds(): ReadonlySet<string> | null {
  if (dev) return null;
  const distDir = process.env.HOSTDECK_DIST_DIR ?? ".next";
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as { node?: Record<string, unknown> };
  return new Set(Object.keys(manifest.node ?? {}));
}
const actionIds = builtActionIds();

const edge = createEdgeHandler(handle, { trust, dev, actionIds: () => actionIds });
const server = createServer((request, response) => {
  edge(request, response).catch((error: unknown) => {
    console.error("[edge]", error instanceof Error ? `${error.name}: ${error.message}` : "unknown error");
    if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
    response.end();
  });
});
const upgrade = app.getUpgradeHandler();
server.on("upgrade", (request, socket, head) => void upgrade(request, socket, head).catch(() => socket.destroy()));
server.listen(port, () => console.log(`Console ready on http://localhost:${port}${dev ? " (dev)" : ""}`));

/**
 * Stop accepting, let in-flight requests finish, then exit; the shutdown started by instrumentation
 * (lib/runtime/shutdown.ts) holds that exit until the jobs, the sandbox, the shared store and the database closed.
 */
function stop() {
  server.close(() => void app.close().finally(() => process.exit(0)));
  server.closeIdleConnections();
}
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
