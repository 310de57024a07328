import qs from "qs";

import { isProviderError, ProviderError } from "../core/errors";
import type { ConnectionContext } from "../core/types";
import { cookiesFromResponse, mergeCookies } from "./cookies";
import type { X4bCredentials } from "./definition";
import { readEnvelope } from "./envelope";
import { dropSessionCookie, forgetX4bSession, getSessionCookie, replaceSessionCookie, sessionFingerprint } from "./session";

export type X4bArgs = Record<string, unknown>;

export interface CallOptions {
  /** Reads may be retried by the transport; changes are not. */
  idempotent: boolean;
}

type Auth = { mode: "host-key"; hostKey: string } | { mode: "login"; user: string; pass: string };

function resolveAuth(credentials: X4bCredentials): Auth {
  if (credentials.authMode === "host-key") {
    if (!credentials.hostKey) {
      throw new ProviderError("invalid-input", { field: "hostKey", providerMessage: "A HOST_KEY is required for this sign-in method" });
    }
    return { mode: "host-key", hostKey: credentials.hostKey };
  }
  if (!credentials.user) throw new ProviderError("invalid-input", { field: "user", providerMessage: "The X4B user is required" });
  if (!credentials.pass) throw new ProviderError("invalid-input", { field: "pass", providerMessage: "The X4B password is required" });
  return { mode: "login", user: credentials.user, pass: credentials.pass };
}

/**
 * Sends `/{Module}/{Method}.json` calls: always POST with a form body, so no credential ever sits in a URL,
 * signed with the HOST_KEY or with the connection's session cookie (logging in first, and once more when the
 * session has expired).
 */
export function createX4bCaller(context: ConnectionContext<X4bCredentials>) {
  const { connectionId, transport, credentials } = context;

  async function send(module: string, method: string, args: X4bArgs, options: CallOptions, cookie?: string) {
    const answer = await transport.request({
      method: "POST",
      path: `/${module}/${method}.json`,
      headers: cookie ? { cookie } : undefined,
      body: { type: "form", value: qs.stringify(args, { skipNulls: true }) },
      idempotent: options.idempotent,
    });
    const secrets = [credentials.pass, credentials.hostKey, cookie, ...(cookie?.split("; ").map((pair) => pair.split("=")[1]) ?? [])];
    return { response: readEnvelope(answer, secrets), setCookie: cookiesFromResponse(answer.headers) };
  }

  async function login(auth: Extract<Auth, { mode: "login" }>): Promise<string> {
    const { setCookie } = await send("User", "login", { user: auth.user, pass: auth.pass }, { idempotent: false });
    if (!setCookie) {
      throw new ProviderError("bad-response", { providerMessage: "X4B accepted the login but set no session cookie" });
    }
    return setCookie;
  }

  function fingerprintOf(auth: Extract<Auth, { mode: "login" }>): string {
    return sessionFingerprint([context.baseUrl, auth.user, auth.pass]);
  }

  async function sendWithSession(module: string, method: string, args: X4bArgs, options: CallOptions, cookie: string) {
    const { response, setCookie } = await send(module, method, args, options, cookie);
    if (setCookie) replaceSessionCookie(connectionId, cookie, mergeCookies(cookie, setCookie));
    return response;
  }

  return {
    async call(module: string, method: string, args: X4bArgs, options: CallOptions): Promise<unknown> {
      const auth = resolveAuth(credentials);
      if (auth.mode === "host-key") {
        return (await send(module, method, { ...args, HOST_KEY: auth.hostKey }, options)).response;
      }
      const fingerprint = fingerprintOf(auth);
      const cookie = await getSessionCookie(connectionId, fingerprint, () => login(auth));
      try {
        return await sendWithSession(module, method, args, options, cookie);
      } catch (error) {
        if (!isProviderError(error) || error.kind !== "auth") throw error;
        // The session expired (X4B cannot tell an expired session from none): log in again, once.
        dropSessionCookie(connectionId, cookie);
        const renewed = await getSessionCookie(connectionId, fingerprint, () => login(auth));
        return sendWithSession(module, method, args, options, renewed);
      }
    },

    /** A fresh login, replacing any cached session. */
    async login(): Promise<{ user: string }> {
      const auth = resolveAuth(credentials);
      if (auth.mode !== "login") {
        throw new ProviderError("invalid-input", {
          field: "authMode",
          providerMessage: "This connection signs in with a HOST_KEY; User/login needs a user and password",
        });
      }
      forgetX4bSession(connectionId);
      await getSessionCookie(connectionId, fingerprintOf(auth), () => login(auth));
      return { user: auth.user };
    },
  };
}
