import { createSandboxApp, type Sandbox } from "../core/app";
import { callerAddress, checkAccess } from "./auth";
import { mountControlRoutes } from "./control";
import { fail, messages } from "./messages";
import { readApiRequest } from "./request";
import { findHandler, requiresPost } from "./routes";
import { createSeed } from "./seed";

export { DEFAULT_WHITELIST, SANDBOX_API_KEY } from "./seed";

/**
 * Xtream-UI style "Server API": POST api/<group>/<action> with a form-encoded body, api_key as a POST field or
 * the 4th path segment, caller IP whitelisted. Every answer is HTTP 200 with {result: true, ...} or
 * {result: false, error}. A documented POST call sent as GET is refused; a JSON body is not read (PHP's $_POST).
 */
export function createXtreamSandbox(): Sandbox {
  return createSandboxApp(
    "xtream",
    (app) => {
      let state = createSeed();
      mountControlRoutes(app, () => state);
      app.all("/api/*", async (c) => {
        const request = await readApiRequest(c);
        const refused = checkAccess(state, callerAddress(c), request.apiKey, c.get("forceExpiredCredentials"));
        if (refused) return c.json(refused);
        const handler = findHandler(request.group, request.action);
        if (!handler) return c.json(fail(messages.invalidAction));
        if (requiresPost(handler) && request.method !== "POST") return c.json(fail(messages.postRequired));
        // A documented POST call reads its fields from $_POST only, as the document's examples send them.
        const fields = requiresPost(handler) ? { ...request, params: request.body } : request;
        return c.json(handler({ state, request: fields, now: Math.floor(Date.now() / 1000) }));
      });
      return {
        reset() {
          state = createSeed();
        },
      };
      // XUI panels advise ~100 requests a minute per key; the over-limit answer is not documented (README, reading 19).
    },
    { overLimit: (c) => c.json(fail(messages.tooManyRequests), 429, { "retry-after": "60" }) },
  );
}
