import { createServer, request as forward } from "node:http";
import type { AddressInfo } from "node:net";

/** A loopback proxy in front of a simulator that counts what reaches it: the provider's view of a benchmark. */
export async function startCountingProxy(target: string): Promise<{ origin: string; count(): number; reset(): void; close(): Promise<void> }> {
  const upstream = new URL(target);
  let requests = 0;
  const server = createServer((incoming, outgoing) => {
    requests++;
    const proxied = forward(
      { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, host: upstream.host } },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    proxied.on("error", () => outgoing.destroy());
    incoming.pipe(proxied);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    count: () => requests,
    reset: () => void (requests = 0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
