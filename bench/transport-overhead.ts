/**
 * What the provider transport (SSRF guard, breaker, budget, retries, timeout) costs per request compared with
 * a bare fetch, against the ipmodule simulator on loopback:  npx tsx bench/transport-overhead.ts
 */
import { createTransport } from "../lib/providers/core/http";
import { createIpmoduleClient } from "../lib/providers/ipmodule/client";
import { startSandboxes } from "../sandbox/start";

const N = 2000;
const running = await startSandboxes({ ports: { x4b: 0, xtream: 0, time4vps: 0, xsserver: 0, ipmodule: 0 } });
const baseUrl = running.baseUrls.ipmodule;
const client = createIpmoduleClient({
  connectionId: "bench",
  baseUrl,
  credentials: { token: "demo-token" },
  transport: createTransport({ connectionId: "bench", baseUrl, requestsPerMinute: 1_000_000, allowedHosts: ["127.0.0.1"] }),
});

async function timed(label: string, call: () => Promise<unknown>) {
  for (let i = 0; i < 100; i++) await call();
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) await call();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`${label.padEnd(34)} ${(ms / N).toFixed(3)} ms/request  ${Math.round((N / ms) * 1000)} req/s`);
  return ms / N;
}

const bare = await timed("bare fetch + JSON.parse", async () => {
  const response = await fetch(baseUrl, { method: "POST", body: new URLSearchParams({ action: "get_client_ip", token: "demo-token" }) });
  return JSON.parse(await response.text());
});
const full = await timed("client (transport + zod)", () => client.getClientIp());
console.log(`overhead per request: ${(full - bare).toFixed(3)} ms`);
await running.close();
