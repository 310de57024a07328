/**
 * HostBill client core, shared by the Time4VPS and XSServer presets.
 *
 *   const core = createHostbillCore(context, xsserverPreset);
 *   const details = await core.get("/details", detailsResponseSchema);
 *   const result = await core.post(`/service/${segment(id)}/label`, labelResponseSchema, { label });
 *   await core.delete(`/service/${segment(sid)}/dns/${segment(zid)}`, okSchema);
 *   const pem = await core.getText(`/certificate/${segment(id)}/crt`); // answers that may not be JSON
 *
 * - Auth: HTTP Basic (client email + password) on every request (the default); or, when the credentials say
 *   `authMode: "token"` and the preset has token endpoints, `POST /login` → {token, refresh}, then
 *   `Authorization: Bearer <token>`. Tokens are cached per connectionId (module scope), renewed before
 *   their JWT `exp`, and on an auth failure renewed once (`POST /token`, falling back to `/login`) and the
 *   call retried once. When the token call itself is refused, the call goes out once with Basic and the
 *   connection stays on Basic for 15 minutes. `core.revoke()` calls `POST /revoke` and forgets the session.
 * - Bodies are JSON (as in the documents' curl/Guzzle examples); GET and DELETE input goes in the query.
 * - Errors: every failure is a ProviderError. `{"error": "..."}` and `{"error": ["..."]}` are both read;
 *   wronglogin → auth, not found → not-found, other refusals → invalid-input (with `field` when named),
 *   429 / empty body / dropped connection → rate-limited (HostBill discards requests over its limit
 *   silently), 5xx or HTML → upstream-down, other non-JSON → bad-response, wrong shape → bad-response.
 *   Credentials and tokens are redacted from every message.
 * - Callers validate their input with zod first; the core only sends and interprets.
 */
import { z } from "zod";

import { ProviderError } from "../core/errors";
import type { QueryValue } from "../core/http";
import { parseProviderData } from "../core/parse";
import type { ConnectionContext } from "../core/types";
import { hostbillError, hostbillErrorMessages, isDroppedConnection, redact } from "./error-mapping";
import {
  cachedSession,
  credentialFingerprint,
  forgetSession,
  isExpiring,
  jwtExpiry,
  rememberBasicFallback,
  singleFlight,
  storeSession,
  usesBasicFallback,
  type TokenSession,
} from "./token-session";

export interface HostbillCredentials {
  username: string;
  password: string;
  authMode?: "basic" | "token";
}

export interface HostbillPreset {
  kind: "time4vps" | "xsserver";
  label: string;
  /** Present when the provider offers JWT login; Time4VPS documents Basic only. */
  tokenAuth?: { loginPath: string; refreshPath: string; revokePath: string };
}

export const time4vpsPreset: HostbillPreset = { kind: "time4vps", label: "Time4VPS" };
export const xsserverPreset: HostbillPreset = {
  kind: "xsserver",
  label: "XSServer",
  tokenAuth: { loginPath: "/login", refreshPath: "/token", revokePath: "/revoke" },
};

export type HostbillQuery = Record<string, QueryValue>;

export interface HostbillCallOptions {
  timeoutMs?: number;
  /** Extra query parameters for POST/PUT calls. */
  query?: HostbillQuery;
  /** POST calls are not retried by the transport unless marked idempotent. */
  idempotent?: boolean;
}

export interface HostbillCore {
  readonly preset: HostbillPreset;
  readonly authMode: "basic" | "token";
  get<S extends z.ZodType>(path: string, schema: S, query?: HostbillQuery, options?: HostbillCallOptions): Promise<z.output<S>>;
  post<S extends z.ZodType>(path: string, schema: S, body?: unknown, options?: HostbillCallOptions): Promise<z.output<S>>;
  put<S extends z.ZodType>(path: string, schema: S, body?: unknown, options?: HostbillCallOptions): Promise<z.output<S>>;
  delete<S extends z.ZodType>(path: string, schema: S, query?: HostbillQuery, options?: HostbillCallOptions): Promise<z.output<S>>;
  /** For answers that may be plain text (certificate downloads): JSON errors are still mapped. */
  getText(path: string, query?: HostbillQuery, options?: HostbillCallOptions): Promise<{ text: string; json: unknown }>;
  /** Token mode: invalidates the token pair at the provider and forgets it here. Basic mode: no-op. */
  revoke(): Promise<void>;
}

/** Path segments from user input are always encoded. */
export function segment(value: string | number): string {
  return encodeURIComponent(String(value));
}

/** Forget a connection's cached token (credentials changed, connection deleted, tests). */
export function forgetHostbillSession(connectionId: string): void {
  forgetSession(connectionId);
}

const tokenPairSchema = z.looseObject({ token: z.string().min(1), refresh: z.string().min(1) });

type Method = "GET" | "POST" | "PUT" | "DELETE";

interface Call {
  method: Method;
  path: string;
  query?: HostbillQuery;
  body?: unknown;
  options?: HostbillCallOptions;
}

interface Interpreted {
  status: number;
  text: string;
  /** undefined when the body is not JSON (only allowed for getText). */
  json: unknown;
  hasJson: boolean;
}

export function createHostbillCore(context: ConnectionContext<HostbillCredentials>, preset: HostbillPreset): HostbillCore {
  const { connectionId, transport, credentials } = context;
  const tokenAuth = credentials.authMode === "token" ? preset.tokenAuth : undefined;
  const fingerprint = credentialFingerprint(credentials.username, credentials.password);
  const secrets = () => {
    const session = cachedSession(connectionId, fingerprint);
    return [credentials.password, basicValue(), session?.token ?? "", session?.refresh ?? ""].filter(Boolean);
  };
  const basicValue = () => Buffer.from(`${credentials.username}:${credentials.password}`, "utf8").toString("base64");

  async function send(call: Call, authorization: string | undefined): Promise<Interpreted> {
    const headers: Record<string, string> = {};
    if (authorization) headers.authorization = authorization;
    const hasBody = call.body !== undefined && (call.method === "POST" || call.method === "PUT");
    try {
      const response = await transport.request({
        method: call.method,
        path: call.path,
        query: call.query,
        headers,
        body: hasBody ? { type: "json", value: call.body } : undefined,
        idempotent: call.options?.idempotent ?? call.method === "GET",
        timeoutMs: call.options?.timeoutMs,
      });
      return interpret(response.status, response.text);
    } catch (error) {
      if (error instanceof ProviderError && error.kind === "upstream-down" && isDroppedConnection(error)) {
        throw new ProviderError("rate-limited", {
          providerMessage: `${preset.label} closed the connection without answering (HostBill drops requests over the API rate limit)`,
          cause: error,
        });
      }
      if (error instanceof ProviderError) throw scrub(error);
      throw error;
    }
  }

  function interpret(status: number, text: string): Interpreted {
    if (text.trim() === "") {
      if (status >= 500) throw new ProviderError("upstream-down", { status, providerMessage: `HTTP ${status} with an empty answer` });
      if (status === 401 || status === 403) throw new ProviderError("auth", { status });
      throw new ProviderError("rate-limited", {
        status,
        providerMessage: `${preset.label} sent an empty answer (HostBill discards requests over the API rate limit)`,
      });
    }
    let json: unknown;
    let hasJson = true;
    try {
      json = JSON.parse(text) as unknown;
    } catch {
      hasJson = false;
    }
    if (!hasJson) {
      const looksLikeHtml = /^\s*</.test(text);
      if (status >= 500 || looksLikeHtml) {
        throw new ProviderError("upstream-down", {
          status,
          providerMessage: looksLikeHtml ? `HTTP ${status} with an HTML page instead of JSON` : `HTTP ${status} without a JSON answer`,
        });
      }
      if (status >= 400) throw hostbillError(status, [], secrets());
      return { status, text, json: undefined, hasJson };
    }
    const messages = hostbillErrorMessages(json);
    if (messages.length > 0 || status >= 400) throw hostbillError(status, messages, secrets());
    return { status, text, json, hasJson };
  }

  function scrub(error: ProviderError): ProviderError {
    const all = secrets();
    const message = error.providerMessage ? redact(error.providerMessage, all) : undefined;
    if (message === error.providerMessage) return error;
    const { kind, providerCode, status, field, cause } = error;
    return new ProviderError(kind, { providerMessage: message, providerCode, status, field, cause });
  }

  async function tokenRequest(path: string, body: unknown): Promise<TokenSession> {
    const result = await send({ method: "POST", path, body }, undefined);
    if (!result.hasJson) throw new ProviderError("bad-response", { status: result.status, providerMessage: "The login answer was not JSON" });
    const pair = parseProviderData(tokenPairSchema, result.json, `${preset.label} token answer`);
    return { token: pair.token, refresh: pair.refresh, expiresAt: jwtExpiry(pair.token) };
  }

  type TokenPaths = NonNullable<HostbillPreset["tokenAuth"]>;

  function login(paths: TokenPaths): Promise<TokenSession> {
    return singleFlight(connectionId, async () => {
      const session = await tokenRequest(paths.loginPath, { username: credentials.username, password: credentials.password });
      storeSession(connectionId, fingerprint, session);
      return session;
    });
  }

  /** Refresh token first (cheaper, keeps the password off the wire), the password only when that fails. */
  function renew(paths: TokenPaths, stale: TokenSession): Promise<TokenSession> {
    return singleFlight(connectionId, async () => {
      const current = cachedSession(connectionId, fingerprint);
      if (current && current.token !== stale.token && !isExpiring(current)) return current;
      let session: TokenSession;
      try {
        session = await tokenRequest(paths.refreshPath, { refresh_token: stale.refresh });
      } catch (error) {
        if (!(error instanceof ProviderError) || !["auth", "invalid-input", "not-found", "bad-response"].includes(error.kind)) throw error;
        session = await tokenRequest(paths.loginPath, { username: credentials.username, password: credentials.password });
      }
      storeSession(connectionId, fingerprint, session);
      return session;
    });
  }

  async function validSession(paths: TokenPaths): Promise<TokenSession> {
    const cached = cachedSession(connectionId, fingerprint);
    if (!cached) return login(paths);
    return isExpiring(cached) ? renew(paths, cached) : cached;
  }

  /**
   * The provider said no to the token call itself (login off, route missing, an answer without a token). A wrong
   * password (`wronglogin`) is not such a refusal: Basic would be refused the same way.
   */
  const isTokenRefusal = (error: unknown) =>
    error instanceof ProviderError &&
    error.providerCode !== "wronglogin" &&
    ["auth", "not-found", "invalid-input", "not-implemented", "bad-response"].includes(error.kind);

  async function perform(call: Call): Promise<Interpreted> {
    const basic = `Basic ${basicValue()}`;
    if (!tokenAuth || usesBasicFallback(connectionId, fingerprint)) return send(call, basic);
    // Token login refused: Basic, which the document shows on every call, once for this call, and for a while after.
    const viaBasic = (error: unknown) => {
      if (!isTokenRefusal(error)) throw error;
      forgetSession(connectionId);
      rememberBasicFallback(connectionId, fingerprint);
      return send(call, basic);
    };
    let session: TokenSession;
    try {
      session = await validSession(tokenAuth);
    } catch (error) {
      return viaBasic(error);
    }
    try {
      return await send(call, `Bearer ${session.token}`);
    } catch (error) {
      if (!(error instanceof ProviderError) || error.kind !== "auth") throw error;
      // The token died between calls (expired or revoked elsewhere): renew once and try once more.
      let renewed: TokenSession;
      try {
        renewed = await renew(tokenAuth, session);
      } catch (renewal) {
        return viaBasic(renewal);
      }
      return send(call, `Bearer ${renewed.token}`);
    }
  }

  async function json<S extends z.ZodType>(call: Call, schema: S): Promise<z.output<S>> {
    const result = await perform(call);
    if (!result.hasJson) {
      throw new ProviderError("bad-response", { status: result.status, providerMessage: "The answer was not valid JSON" });
    }
    return parseProviderData(schema, result.json, `${preset.label} answer to ${call.method} ${call.path}`);
  }

  return {
    preset,
    authMode: tokenAuth ? "token" : "basic",
    get: (path, schema, query, options) => json({ method: "GET", path, query, options }, schema),
    post: (path, schema, body, options) => json({ method: "POST", path, body: body ?? {}, query: options?.query, options }, schema),
    put: (path, schema, body, options) => json({ method: "PUT", path, body: body ?? {}, query: options?.query, options }, schema),
    delete: (path, schema, query, options) => json({ method: "DELETE", path, query, options }, schema),
    async getText(path, query, options) {
      const result = await perform({ method: "GET", path, query, options });
      return { text: result.text, json: result.json };
    },
    async revoke() {
      if (!tokenAuth) return;
      const session = cachedSession(connectionId, fingerprint);
      if (!session) return;
      try {
        await send({ method: "POST", path: tokenAuth.revokePath, body: { refresh_token: session.refresh } }, `Bearer ${session.token}`);
      } finally {
        forgetSession(connectionId);
      }
    },
  };
}
