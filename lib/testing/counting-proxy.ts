import { createServer, request as forward, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface SeenRequest {
  method: string;
  path: string;
  body: string;
}

export interface CountingProxy {
  /** The proxy's origin; put it where the target's origin was. */
  origin: string;
  seen: SeenRequest[];
  /** When set, every request is answered with this status here instead of being forwarded. */
  failWith: number | undefined;
  close(): Promise<void>;
}

/**
 * A reverse proxy on loopback in front of a sandbox that records every request reaching the wire, so a test can
 * count what the provider received (a retry is a second request here, not one client call).
 */
export async function startCountingProxy(targetOrigin: string): Promise<CountingProxy> {
  const target = new URL(targetOrigin);
  const seen: SeenRequest[] = [];
  const proxy: CountingProxy = { origin: "", seen, failWith: undefined, close: async () => {} };
  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    seen.push({ method: incoming.method ?? "GET", path: incoming.url ?? "/", body: body.toString("utf8") });
    if (proxy.failWith !== undefined) {
      outgoing.writeHead(proxy.failWith, { "content-type": "text/plain" });
      outgoing.end("Service Unavailable");
      return;
    }
    const upstream = forward(
      { host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, host: target.host } },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstream.on("error", () => outgoing.destroy());
    upstream.end(body);
  };
  const server = createServer((incoming, outgoing) => void handle(incoming, outgoing));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  proxy.origin = `http://127.0.0.1:${port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return proxy;
}
