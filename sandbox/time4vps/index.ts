import { createSandboxApp, type Sandbox } from "../core/app";

// Placeholder until the simulator lands: every provider path answers 501.
export function createTime4vpsSandbox(): Sandbox {
  return createSandboxApp("time4vps", (app) => {
    app.all("*", (c) => c.json({ error: "sandbox for time4vps not implemented yet" }, 501));
    return { reset() {} };
  });
}
