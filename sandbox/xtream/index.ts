import { createSandboxApp, type Sandbox } from "../core/app";

// Placeholder until the simulator lands: every provider path answers 501.
export function createXtreamSandbox(): Sandbox {
  return createSandboxApp("xtream", (app) => {
    app.all("*", (c) => c.json({ error: "sandbox for xtream not implemented yet" }, 501));
    return { reset() {} };
  });
}
