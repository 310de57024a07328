import { Agent, request } from "node:http";

/**
 * Closed-loop load over keep-alive connections: `concurrency` requests in flight for `durationMs`; answers with
 * a status other than 200 count as failures. The same client measures every target, so ratios compare servers.
 */
export async function loadFor(
  url: string,
  options: { durationMs: number; concurrency: number; headers?: Record<string, string> },
): Promise<{ requests: number; failed: number; perSecond: number }> {
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  let requests = 0;
  let failed = 0;
  const started = performance.now();
  const until = started + options.durationMs;
  const one = () =>
    new Promise<void>((resolve) => {
      const call = request({ host: target.hostname, port: target.port, path: target.pathname + target.search, agent, headers: options.headers }, (response) => {
        if (response.statusCode !== 200) failed++;
        response.resume();
        response.on("end", resolve);
      });
      call.on("error", () => {
        failed++;
        resolve();
      });
      call.end();
    });
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < until) {
        await one();
        requests++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { requests, failed, perSecond: requests / seconds };
}
