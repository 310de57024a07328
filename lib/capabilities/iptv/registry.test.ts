import { describe, expect, it } from "vitest";

import { foldRegistry } from "./registry";

describe("foldRegistry", () => {
  it("adds created and imported keys, removes deleted and forgotten ones, per connection and case-insensitively", () => {
    const registry = foldRegistry("line", [
      { connectionId: "a", action: "iptv.line.create", details: { keys: ["alice"] } },
      { connectionId: "a", action: "iptv.line.import", details: { keys: ["bob", "Carol", "ALICE"] } },
      { connectionId: "b", action: "iptv.line.create", details: { keys: ["alice"] } },
      { connectionId: "a", action: "iptv.line.extend", details: { keys: ["dave"] } },
      { connectionId: "a", action: "iptv.line.delete", details: { keys: ["BOB"] } },
      { connectionId: "b", action: "iptv.line.forget", details: { keys: ["alice"] } },
      { connectionId: "a", action: "iptv.mag.create", details: { keys: ["00:1A:79:00:00:01"] } },
      { connectionId: null, action: "iptv.line.create", details: { keys: ["nobody"] } },
      { connectionId: "a", action: "iptv.line.create", details: { nothing: true } },
    ]);
    expect(registry.get("a")).toEqual(["alice", "Carol"]);
    expect(registry.get("b")).toEqual([]);
    expect(foldRegistry("mag", [{ connectionId: "a", action: "iptv.mag.create", details: { keys: ["00:1A:79:00:00:01"] } }]).get("a")).toEqual(["00:1A:79:00:00:01"]);
  });

  it("a key created again after its deletion comes back", () => {
    const registry = foldRegistry("line", [
      { connectionId: "a", action: "iptv.line.create", details: { keys: ["x"] } },
      { connectionId: "a", action: "iptv.line.delete", details: { keys: ["x"] } },
      { connectionId: "a", action: "iptv.line.create", details: { keys: ["x"] } },
    ]);
    expect(registry.get("a")).toEqual(["x"]);
  });
});
