/**
 * A small production deployment on this machine, as docs/deploy.md describes it: one PostgreSQL database and
 * one Redis key prefix of its own, `npm run db:migrate` once, two console instances started with `npm start`
 * on their own ports, and a round-robin proxy in front. The provider sandbox runs here, in the test process,
 * so every call the instances make to a provider can be counted.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { serve, type ServerType } from "@hono/node-server";
import { Redis } from "ioredis";
import pg from "pg";

import { sandboxKinds, type SandboxKind } from "../../sandbox/kinds";
import { buildIsStale } from "../../scripts/build-freshness";

export const CLUSTER_BASE_PORT = Number(process.env.E2E_CLUSTER_BASE_PORT ?? 3110);
export const CLUSTER_SANDBOX_BASE_PORT = Number(process.env.E2E_CLUSTER_SANDBOX_BASE_PORT ?? 4260);
export const adminDatabaseUrl = process.env.TEST_DATABASE_URL;
export const redisUrl = process.env.TEST_REDIS_URL;

export interface SandboxCall {
  kind: SandboxKind;
  path: string;
  /** ip.php's `action`: in the form body (POST actions) or the query (get_client_ip is a GET). */
  action?: string;
  at: number;
}

export interface Instance {
  name: string;
  url: string;
  process: ChildProcess;
  exited: Promise<void>;
  output: string[];
}

export interface Cluster {
  proxyUrl: string;
  instances: Instance[];
  /** Requests each instance got through the proxy, by index. */
  proxied: { instance: number; method: string; path: string }[];
  calls: SandboxCall[];
  sandboxOrigin(kind: SandboxKind): string;
  sql<T extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>;
  kill(instance: Instance): void;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function assertLoopback(url: string, what: string) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) throw new Error(`${what} must be on this machine (got ${host})`);
}

async function startCountingSandboxes(
  calls: SandboxCall[],
): Promise<{ baseUrls: Record<SandboxKind, string>; origins: Record<SandboxKind, string>; servers: ServerType[] }> {
  const servers: ServerType[] = [];
  const baseUrls = {} as Record<SandboxKind, string>;
  const origins = {} as Record<SandboxKind, string>;
  for (const [index, kind] of (Object.keys(sandboxKinds) as SandboxKind[]).entries()) {
    const spec = sandboxKinds[kind];
    const sandbox = spec.create();
    const port = CLUSTER_SANDBOX_BASE_PORT + index + 1;
    const server = await new Promise<ServerType>((resolve, reject) => {
      const started = serve(
        {
          fetch: async (request: Request) => {
            const url = new URL(request.url);
            if (!url.pathname.startsWith("/__sandbox")) {
              const form = request.headers.get("content-type")?.startsWith("application/x-www-form-urlencoded")
                ? new URLSearchParams(await request.clone().text())
                : null;
              calls.push({ kind, path: url.pathname + url.search, action: form?.get("action") ?? url.searchParams.get("action") ?? undefined, at: Date.now() });
            }
            return sandbox.app.fetch(request);
          },
          hostname: "127.0.0.1",
          port,
        },
        () => resolve(started),
      );
      started.once("error", reject);
    });
    servers.push(server);
    origins[kind] = `http://127.0.0.1:${port}`;
    baseUrls[kind] = origins[kind] + spec.basePath;
  }
  return { baseUrls, origins, servers };
}

/** Round robin over the instances, one request each in turn, headers passed as they came (Host included). */
function startProxy(targets: string[], proxied: Cluster["proxied"], port: number): Promise<Server> {
  let next = 0;
  const server = createServer((incoming, outgoing) => {
    const index = next++ % targets.length;
    proxied.push({ instance: index, method: incoming.method ?? "GET", path: incoming.url ?? "/" });
    const target = new URL(targets[index]!);
    const forward = httpRequest(
      { hostname: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on("error", () => {
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(forward);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

async function waitReady(instance: Instance, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (instance.process.exitCode !== null || instance.process.signalCode !== null) throw new Error(`${instance.name} exited:\n${instance.output.join("")}`);
    try {
      if ((await fetch(`${instance.url}/api/ready`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await sleep(250);
  }
  throw new Error(`${instance.name} not ready within ${timeoutMs} ms:\n${instance.output.join("")}`);
}

export async function startCluster(): Promise<Cluster> {
  if (!adminDatabaseUrl || !redisUrl) throw new Error("TEST_DATABASE_URL and TEST_REDIS_URL are required");
  assertLoopback(adminDatabaseUrl, "TEST_DATABASE_URL");
  assertLoopback(redisUrl, "TEST_REDIS_URL");
  // Two instances must never both start `next build` into one folder: the build comes from `npm run build`.
  if (buildIsStale()) throw new Error("The production build is missing or older than the sources: run `npm run build` first");

  const databaseName = `hostdeck_e2e_cluster_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminDatabaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${databaseName}"`);
  await admin.end();
  const databaseUrl = new URL(adminDatabaseUrl);
  databaseUrl.pathname = `/${databaseName}`;
  const pool = new pg.Pool({ connectionString: databaseUrl.toString(), max: 2 });
  const redisPrefix = `hostdeck-e2e:${randomBytes(6).toString("hex")}:`;

  const calls: SandboxCall[] = [];
  const sandbox = await startCountingSandboxes(calls);
  const hosts = Object.values(sandbox.origins).map((origin) => new URL(origin).host);

  // docs/deploy.md: the same environment everywhere.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: redisPrefix,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    HOSTDECK_SECRET_KEY: randomBytes(32).toString("hex"),
    HOSTDECK_SANDBOX: "off",
    HOSTDECK_SANDBOX_URLS: JSON.stringify(sandbox.baseUrls),
    HOSTDECK_ALLOWED_HOSTS: hosts.join(","),
    HOSTDECK_JOBS: "on",
  };
  const migrate = spawnSync("npm", ["run", "db:migrate"], { env, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(`npm run db:migrate failed:\n${migrate.stdout}${migrate.stderr}`);

  const instances: Instance[] = [0, 1].map((index) => {
    const port = CLUSTER_BASE_PORT + index;
    const output: string[] = [];
    const child = spawn("npm", ["start"], { env: { ...env, PORT: String(port) }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    return { name: `instance ${index + 1}`, url: `http://localhost:${port}`, process: child, exited, output };
  });
  const proxied: Cluster["proxied"] = [];
  const proxy = await startProxy(
    instances.map((instance) => instance.url),
    proxied,
    CLUSTER_BASE_PORT + 2,
  );

  const signal = (instance: Instance, name: NodeJS.Signals) => {
    try {
      // The whole process group: npm and the `next start` it execs.
      if (instance.process.pid) process.kill(-instance.process.pid, name);
    } catch {
      /* already gone */
    }
  };
  const kill = (instance: Instance) => signal(instance, "SIGKILL");
  const stop = async () => {
    for (const instance of instances) signal(instance, "SIGTERM");
    await Promise.all(instances.map((instance) => instance.exited));
    await new Promise((resolve) => proxy.close(resolve));
    for (const server of sandbox.servers) server.close();
    await pool.end();
    const cleanup = new pg.Client({ connectionString: adminDatabaseUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await cleanup.end();
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${redisPrefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  };

  try {
    await Promise.all(instances.map((instance) => waitReady(instance)));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    proxyUrl: `http://localhost:${(proxy.address() as AddressInfo).port}`,
    instances,
    proxied,
    calls,
    sandboxOrigin: (kind) => sandbox.origins[kind],
    sql: async (text, values) => (await pool.query(text, values)).rows,
    kill,
    stop,
  };
}
