import { createSandboxApp, type Sandbox } from "../core/app";
import { dispatch } from "./dispatch";
import { seedIpState } from "./seed";

/** HOSTKEY's ip.php network module on /ip.php (action parameter), /ip.php/{action} and /ip/{action}. */
export function createIpmoduleSandbox(): Sandbox {
  return createSandboxApp(
    "ipmodule",
    (app) => {
      let state = seedIpState();

      app.all("/ip.php", (c) => dispatch(c, state));
      app.all("/ip.php/:action", (c) => dispatch(c, state, c.req.param("action")));
      app.all("/ip/:action", (c) => dispatch(c, state, c.req.param("action").replace(/\.php$/i, "")));

      return {
        reset() {
          state = seedIpState();
        },
      };
      // The module's failure shape; "too many requests" are the words HOSTKEY's clients look for.
    },
    { overLimit: (c) => c.json({ code: -1, message: "too many requests" }, 200) },
  );
}
