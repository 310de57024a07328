import { createSandboxApp, type Sandbox } from "../core/app";

// Placeholder until the simulator lands: every provider path answers 501.
export function createIpmoduleSandbox(): Sandbox {
  return createSandboxApp("ipmodule", (app) => {
    app.all("*", (c) => c.json({ error: "sandbox for ipmodule not implemented yet" }, 501));
    return { reset() {} };
  });
}
