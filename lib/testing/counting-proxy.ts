import { createServer, request as forward } from "node:http";
import type { AddressInfo } from "node:net";

export interface SeenRequest {
  method: string;
  path: string;
}

export interface CountingProxy {
  /** The proxy's origin; put it where the target's origin was. */
  origin: string;
  seen: SeenRequest[];
  close(): Promise<void>;
}

/**
 * A reverse proxy on loopback in front of a sandbox that records every request reaching the wire, so a test can
 * count what the provider received (a retry is a second request here, not one client call).
 */
export async function startCountingProxy(targetOrigin: string): Promise<CountingProxy> {
  const target = new URL(targetOrigin);
  const seen: SeenRequest[] = [];
  const server = createServer((incoming, outgoing) => {
    seen.push({ method: incoming.method ?? "GET", path: incoming.url ?? "/" });
    const upstream = forward(
      { host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, host: target.host } },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on("error", () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
