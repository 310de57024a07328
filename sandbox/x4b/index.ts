import { createSandboxApp, type Sandbox } from "../core/app";

// Placeholder until the simulator lands: every provider path answers 501.
export function createX4bSandbox(): Sandbox {
  return createSandboxApp("x4b", (app) => {
    app.all("*", (c) => c.json({ error: "sandbox for x4b not implemented yet" }, 501));
    return { reset() {} };
  });
}
