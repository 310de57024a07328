import { randomBytes } from "node:crypto";

/**
 * The client's address as the edge server (scripts/serve.ts, lib/http/edge.ts) saw it: from the socket, or from
 * X-Forwarded-For only through proxies listed in HOSTDECK_TRUSTED_PROXIES. The edge drops whatever the client sent
 * under these names and stamps its own, with a per-process token, so a request that did not pass through it (or a
 * forged header) is never believed.
 */
export const CLIENT_IP_HEADER = "x-hostdeck-client-ip";
export const CLIENT_PROTO_HEADER = "x-hostdeck-client-proto";
export const EDGE_TOKEN_HEADER = "x-hostdeck-edge";
export const NONCE_HEADER = "x-nonce";

const globalForEdge = globalThis as { hostdeckEdgeToken?: string };

/** The token the edge stamps on every request it forwards; the same in every module of this process. */
export function edgeToken(): string {
  globalForEdge.hostdeckEdgeToken ??= randomBytes(18).toString("base64url");
  return globalForEdge.hostdeckEdgeToken;
}

function stamped(headers: Headers): boolean {
  return headers.get(EDGE_TOKEN_HEADER) === edgeToken();
}

export function clientIp(headers: Headers): string {
  return (stamped(headers) && headers.get(CLIENT_IP_HEADER)) || "unknown";
}

/** "https" when the client reached Hostdeck over TLS (directly, or as a trusted proxy says), else "http". */
export function clientProto(headers: Headers): "http" | "https" {
  return stamped(headers) && headers.get(CLIENT_PROTO_HEADER) === "https" ? "https" : "http";
}
