import { createHash } from "node:crypto";

/** A HostBill JWT pair for one connection; the password itself is never kept here. */
export interface TokenSession {
  token: string;
  refresh: string;
  /** ms since epoch from the JWT `exp`, when the token carries one. */
  expiresAt?: number;
}

interface CachedSession {
  fingerprint: string;
  session: TokenSession;
}

const sessions = new Map<string, CachedSession>();
const pendingLogins = new Map<string, Promise<TokenSession>>();

/** Changing a connection's credentials must not reuse the old account's token. */
export function credentialFingerprint(username: string, password: string): string {
  return createHash("sha256").update(`${username}\u0000${password}`).digest("hex");
}

export function cachedSession(connectionId: string, fingerprint: string): TokenSession | undefined {
  const cached = sessions.get(connectionId);
  return cached && cached.fingerprint === fingerprint ? cached.session : undefined;
}

export function storeSession(connectionId: string, fingerprint: string, session: TokenSession): void {
  sessions.set(connectionId, { fingerprint, session });
}

export function forgetSession(connectionId: string): void {
  sessions.delete(connectionId);
  pendingLogins.delete(connectionId);
  basicFallbacks.delete(connectionId);
}

/** Connections whose token login was refused: they use Basic for a while instead of asking again on every call. */
const basicFallbacks = new Map<string, { fingerprint: string; until: number }>();
const BASIC_FALLBACK_MS = 15 * 60_000;

export function rememberBasicFallback(connectionId: string, fingerprint: string, now = Date.now()): void {
  basicFallbacks.set(connectionId, { fingerprint, until: now + BASIC_FALLBACK_MS });
}

export function usesBasicFallback(connectionId: string, fingerprint: string, now = Date.now()): boolean {
  const fallback = basicFallbacks.get(connectionId);
  return fallback !== undefined && fallback.fingerprint === fingerprint && fallback.until > now;
}

/** One login in flight per connection: parallel calls that all found no token wait for the same one. */
export function singleFlight(connectionId: string, start: () => Promise<TokenSession>): Promise<TokenSession> {
  const pending = pendingLogins.get(connectionId);
  if (pending) return pending;
  const next = start().finally(() => pendingLogins.delete(connectionId));
  pendingLogins.set(connectionId, next);
  return next;
}

/** Reads `exp` from a JWT without verifying it (the provider verifies); undefined for opaque tokens. */
export function jwtExpiry(token: string): number | undefined {
  const payload = token.split(".")[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { exp?: unknown };
    return typeof claims.exp === "number" ? claims.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/** Renew a little before `exp` so a request does not leave with a token that dies on the way. */
export function isExpiring(session: TokenSession, now = Date.now()): boolean {
  return session.expiresAt !== undefined && session.expiresAt - 15_000 <= now;
}
