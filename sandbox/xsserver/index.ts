import { createSandboxApp, type Sandbox } from "../core/app";

// Placeholder until the simulator lands: every provider path answers 501.
export function createXsserverSandbox(): Sandbox {
  return createSandboxApp("xsserver", (app) => {
    app.all("*", (c) => c.json({ error: "sandbox for xsserver not implemented yet" }, 501));
    return { reset() {} };
  });
}
