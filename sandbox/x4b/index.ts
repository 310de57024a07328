import { createSandboxApp, type Sandbox } from "../core/app";
import { dispatch } from "./dispatch";
import { seedX4bState } from "./seed";

/**
 * X4B API v1 simulator on /api/{Module}/{Method}[.json|.ps]. Control routes besides the shared ones:
 * GET /__sandbox/sessions ({active, logins, sessionIds}) and POST /__sandbox/sessions/expire (every session ends now).
 */
export function createX4bSandbox(): Sandbox {
  return createSandboxApp(
    "x4b",
    (app) => {
      let state = seedX4bState();

      app.get("/__sandbox/sessions", (c) => c.json({ active: state.sessions.size, logins: state.logins, sessionIds: [...state.sessions.keys()] }));
      app.post("/__sandbox/sessions/expire", (c) => {
        const expired = state.sessions.size;
        state.sessions.clear();
        return c.json({ expired });
      });

      app.all("/api/:module/:method", (c) => dispatch(c, state, c.req.param("module"), c.req.param("method")));
      app.all("/api/*", (c) => c.json({ error: "Invalid API path; use /api/{Module}/{Method}", code: "Invalid Input" }, 404));

      return {
        reset() {
          state = seedX4bState();
        },
      };
      // The document names no rate limit; a limited reseller key would get a 429 in the API's error shape.
    },
    { overLimit: (c) => c.json({ error: "Too many requests" }, 429, { "retry-after": "60" }) },
  );
}
