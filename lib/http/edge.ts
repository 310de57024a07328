import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";

import proxyAddr from "proxy-addr";

import { plainText } from "../validation/plain-text";
import { isActionIdShape, isWellFormedActionBody } from "./action-request";
import { CLIENT_IP_HEADER, CLIENT_PROTO_HEADER, EDGE_TOKEN_HEADER, edgeToken, NONCE_HEADER } from "./client-ip";
import { peekBody } from "./request-body";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./security-headers";
import type { TrustProxy } from "./trusted-proxies";

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

export interface EdgeOptions {
  /** Who is a proxy of ours (HOSTDECK_TRUSTED_PROXIES). */
  trust: TrustProxy;
  dev: boolean;
  /** Largest request body accepted, in bytes; Next's own limit for server actions is 1 MB. */
  maxBodyBytes?: number;
  /** Ids of the server actions the build knows, or null when unknown (development). */
  actionIds: () => ReadonlySet<string> | null;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Headers a client could use to pass itself off as something it is not; only the edge and trusted proxies set them. */
const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];
const OWN_HEADERS = [CLIENT_IP_HEADER, CLIENT_PROTO_HEADER, EDGE_TOKEN_HEADER, NONCE_HEADER, "content-security-policy", "content-security-policy-report-only"];

function refuse(response: ServerResponse, status: number, message: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...extra });
  response.end(`${message}\n`);
}

function lastValue(header: string | string[] | undefined): string | undefined {
  const text = Array.isArray(header) ? header.at(-1) : header;
  return text?.split(",").at(-1)?.trim().toLowerCase() || undefined;
}

/**
 * Everything that happens to a request before Next.js sees it: the client's address and scheme from the socket
 * (or trusted proxies only), security headers with a fresh CSP nonce on every response, and the refusals Next would
 * otherwise answer with a 500 and a logged stack trace: bodies over the limit (413), bodies of unknown length (411)
 * and malformed server-action requests (400, or 404 for an action id the build does not know). Refusals log nothing.
 */
export function createEdgeHandler(next: RequestHandler, options: EdgeOptions): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const token = edgeToken();

  return async (request, response) => {
    const socketAddress = request.socket.remoteAddress ?? "unknown";
    const peerIsProxy = socketAddress !== "unknown" && options.trust(socketAddress, 0);
    const ip = socketAddress === "unknown" ? socketAddress : proxyAddr(request, options.trust);
    const forwardedProto = peerIsProxy ? lastValue(request.headers["x-forwarded-proto"]) : undefined;
    const https = forwardedProto ? forwardedProto === "https" : Boolean((request.socket as TLSSocket).encrypted);

    for (const name of OWN_HEADERS) delete request.headers[name];
    if (!peerIsProxy) for (const name of FORWARDING_HEADERS) delete request.headers[name];
    request.headers[CLIENT_IP_HEADER] = ip;
    request.headers[CLIENT_PROTO_HEADER] = https ? "https" : "http";
    request.headers[EDGE_TOKEN_HEADER] = token;

    const nonce = newNonce();
    const csp = contentSecurityPolicy(nonce, { dev: options.dev, https });
    request.headers["content-security-policy"] = csp;
    request.headers[NONCE_HEADER] = nonce;
    for (const [name, value] of Object.entries(securityHeaders(csp, { https }))) response.setHeader(name, value);

    if (!isPlainAddress(request.url ?? "/")) return refuse(response, 400, "Malformed request address.");

    const lengthHeader = request.headers["content-length"];
    const length = lengthHeader === undefined ? undefined : Number(lengthHeader);
    if (length !== undefined && (!Number.isSafeInteger(length) || length < 0)) return refuse(response, 400, "Bad Content-Length.");
    if (length !== undefined && length > maxBodyBytes) {
      response.setHeader("connection", "close");
      return refuse(response, 413, `Request body too large (at most ${maxBodyBytes} bytes).`);
    }
    if (length === undefined && request.headers["transfer-encoding"] !== undefined) {
      response.setHeader("connection", "close");
      return refuse(response, 411, "Send the request body with a Content-Length.");
    }

    const actionId = request.headers["next-action"];
    if (actionId !== undefined) {
      const verdict = await checkAction(request, typeof actionId === "string" ? actionId : "", length ?? 0, options);
      if (verdict) return refuse(response, verdict.status, verdict.message, verdict.headers);
    }
    await next(request, response);
  };
}

/** Every path segment and query key and value decodes, and passes the one string schema (no NUL or control characters). */
function isPlainAddress(target: string): boolean {
  let url: URL;
  try {
    url = new URL(target, "http://edge.invalid");
  } catch {
    return false;
  }
  try {
    const parts = [...url.pathname.split("/").map((segment) => decodeURIComponent(segment)), ...[...url.searchParams].flat()];
    return parts.every((part) => plainText.safeParse(part).success);
  } catch {
    return false;
  }
}

async function checkAction(
  request: IncomingMessage,
  actionId: string,
  length: number,
  options: EdgeOptions,
): Promise<{ status: number; message: string; headers?: Record<string, string> } | undefined> {
  if (request.method !== "POST" || !isActionIdShape(actionId)) return { status: 400, message: "Malformed action request." };
  const known = options.actionIds();
  // Next's own answer to an unknown action (e.g. after a deploy): the client router reloads the page on this header.
  if (known && !known.has(actionId)) return { status: 404, message: "Server action not found.", headers: { "x-nextjs-action-not-found": "1" } };

  const origin = request.headers.origin;
  const host = request.headers["x-forwarded-host"] ?? request.headers.host;
  if (origin !== undefined && origin !== "null") {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      return { status: 400, message: "Malformed action request." };
    }
    if (originHost !== host) return { status: 403, message: "Cross-origin action request refused." };
  }

  let body: Buffer;
  try {
    body = await peekBody(request, length);
  } catch {
    return { status: 400, message: "Malformed action request." };
  }
  if (!(await isWellFormedActionBody(request.headers["content-type"] ?? "", body))) return { status: 400, message: "Malformed action request." };
  return undefined;
}
