import { describe, expect, it } from "vitest";

import { createIpmoduleSandbox } from "../ipmodule";
import { onSandboxControl } from "./app";

describe("sandbox control listeners", () => {
  it("hear every change made through the control API, and nothing else", async () => {
    const sandbox = createIpmoduleSandbox();
    const heard: string[] = [];
    const stop = onSandboxControl((kind) => heard.push(kind));
    try {
      await sandbox.app.request("/__sandbox/faults", {
        method: "POST",
        body: JSON.stringify({ latencyMs: 5 }),
        headers: { "content-type": "application/json" },
      });
      await sandbox.app.request("/__sandbox/faults");
      await sandbox.app.request("/__sandbox/faults", { method: "POST", body: "not json", headers: { "content-type": "application/json" } });
      await sandbox.app.request("/__sandbox/reset", { method: "POST" });
      await sandbox.app.request("/ip.php", { method: "POST", body: new URLSearchParams({ action: "get_client_ip", token: "demo-token" }) });
      expect(heard).toEqual(["ipmodule", "ipmodule"]);
    } finally {
      stop();
    }
  });
});
