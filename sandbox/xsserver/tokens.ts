import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * HostBill's User API signs JWTs with firebase/php-jwt (RS256; header `{"typ":"JWT","alg":"RS256"}`, which is
 * exactly the `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9` prefix in the document). The simulator keeps that header and
 * the claim layout but signs with an HMAC key of its own: clients never verify the signature, the provider does.
 * Failures use php-jwt's own words ("Expired token", "Signature verification failed", "Wrong number of segments").
 */

export const DEFAULT_ACCESS_TTL_SECONDS = 900;
export const DEFAULT_REFRESH_TTL_SECONDS = 30 * 24 * 3600;

export interface TokenSettings {
  ttlSeconds: number;
  refreshTtlSeconds: number;
  /** HostBill's admin can leave the User API on Basic only: /login and /token are then refused. */
  loginEnabled: boolean;
}

const defaultSettings = (): TokenSettings => ({ ttlSeconds: DEFAULT_ACCESS_TTL_SECONDS, refreshTtlSeconds: DEFAULT_REFRESH_TTL_SECONDS, loginEnabled: true });

interface IssuedPair {
  clientId: string;
  accessJti: string;
  refreshJti: string;
  revoked: boolean;
  refreshUsed: boolean;
  accessExpired: boolean;
}

export type TokenCheck = { ok: true; clientId: string; jti: string } | { ok: false; message: string };

const header = base64url(JSON.stringify({ typ: "JWT", alg: "RS256" }));

function base64url(text: string | Buffer): string {
  return Buffer.from(text).toString("base64url");
}

export class TokenStore {
  settings: TokenSettings = defaultSettings();
  private readonly key = randomBytes(32);
  private readonly byAccess = new Map<string, IssuedPair>();
  private readonly byRefresh = new Map<string, IssuedPair>();
  private counter = 0;

  reset(): void {
    this.settings = defaultSettings();
    this.byAccess.clear();
    this.byRefresh.clear();
  }

  get activeCount(): number {
    return [...this.byAccess.values()].filter((pair) => !pair.revoked).length;
  }

  /** `issuer` is the API root the request came to, as HostBill puts its own URL in `iss`. */
  issue(clientId: string, issuer: string, now = Date.now()): { token: string; refresh: string } {
    const iat = Math.floor(now / 1000);
    this.counter += 1;
    const accessJti = `${iat.toString(36)}${this.counter.toString(36).padStart(4, "0")}a`;
    const refreshJti = `${iat.toString(36)}${this.counter.toString(36).padStart(4, "0")}r`;
    const pair: IssuedPair = { clientId, accessJti, refreshJti, revoked: false, refreshUsed: false, accessExpired: false };
    this.byAccess.set(accessJti, pair);
    this.byRefresh.set(refreshJti, pair);
    const token = this.sign({
      iss: issuer,
      aud: issuer,
      iat,
      nbf: iat,
      exp: iat + this.settings.ttlSeconds,
      sub: clientId,
      jti: accessJti,
      type: "access",
    });
    const refresh = this.sign({ sub: clientId, iat, exp: iat + this.settings.refreshTtlSeconds, jti: refreshJti, type: "refresh" });
    return { token, refresh };
  }

  /** Validates an access token presented on an API call. */
  checkAccess(token: string, now = Date.now()): TokenCheck {
    const decoded = this.decode(token, now);
    if (!decoded.ok) return decoded;
    const pair = this.byAccess.get(decoded.jti);
    if (decoded.type !== "access" || !pair) return { ok: false, message: "Invalid token" };
    if (pair.revoked) return { ok: false, message: "Token has been revoked" };
    if (pair.accessExpired) return { ok: false, message: "Expired token" };
    return { ok: true, clientId: pair.clientId, jti: decoded.jti };
  }

  /** POST /token: a refresh token works once; it is spent even when the new pair is never used. */
  useRefresh(refresh: string, now = Date.now()): { ok: true; clientId: string } | { ok: false; message: string } {
    const decoded = this.decode(refresh, now);
    if (!decoded.ok) return decoded;
    const pair = this.byRefresh.get(decoded.jti);
    if (decoded.type !== "refresh" || !pair) return { ok: false, message: "Invalid refresh token" };
    if (pair.revoked) return { ok: false, message: "Token has been revoked" };
    if (pair.refreshUsed) return { ok: false, message: "Refresh token has already been used" };
    pair.refreshUsed = true;
    return { ok: true, clientId: pair.clientId };
  }

  /** POST /revoke with a refresh token: the pair it belongs to dies. */
  revokeByRefresh(refresh: string, now = Date.now()): TokenCheck {
    const decoded = this.decode(refresh, now);
    if (!decoded.ok) return decoded;
    const pair = this.byRefresh.get(decoded.jti);
    if (decoded.type !== "refresh" || !pair) return { ok: false, message: "Invalid refresh token" };
    pair.revoked = true;
    return { ok: true, clientId: pair.clientId, jti: pair.accessJti };
  }

  /** POST /revoke or /logout with an access token: that token and its refresh token die. */
  revokeByAccessJti(jti: string): void {
    const pair = this.byAccess.get(jti);
    if (pair) pair.revoked = true;
  }

  /** Control route: every access token issued so far answers as expired; refresh tokens still work. */
  expireIssuedAccessTokens(): void {
    for (const pair of this.byAccess.values()) pair.accessExpired = true;
  }

  private sign(claims: Record<string, unknown>): string {
    const payload = base64url(JSON.stringify(claims));
    return `${header}.${payload}.${this.signature(`${header}.${payload}`)}`;
  }

  private signature(input: string): string {
    return createHmac("sha256", this.key).update(input).digest("base64url");
  }

  private decode(token: string, now: number): { ok: true; jti: string; type: string } | { ok: false; message: string } {
    const parts = token.split(".");
    if (parts.length !== 3) return { ok: false, message: "Wrong number of segments" };
    const [head = "", body = "", signature = ""] = parts;
    const expected = Buffer.from(this.signature(`${head}.${body}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return { ok: false, message: "Signature verification failed" };
    }
    let claims: { exp?: unknown; jti?: unknown; type?: unknown };
    try {
      claims = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as typeof claims;
    } catch {
      return { ok: false, message: "Syntax error, malformed JSON" };
    }
    const seconds = Math.floor(now / 1000);
    if (typeof claims.exp !== "number" || claims.exp <= seconds) return { ok: false, message: "Expired token" };
    if (typeof claims.jti !== "string") return { ok: false, message: "Invalid token" };
    return { ok: true, jti: claims.jti, type: typeof claims.type === "string" ? claims.type : "" };
  }
}
