import { randomBytes } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { createConnection } from "@/lib/connections/save-connection";
import { openTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { seedTeam } from "@/lib/testing/seed";
import { startSandboxes, type RunningSandboxes } from "@/sandbox/start";

import type { RdnsChangeResult } from "./types";
import { applyPtrChanges } from "./update-rdns";

vi.stubEnv("HOSTDECK_SECRET_KEY", randomBytes(32).toString("hex"));
vi.stubEnv("HOSTDECK_ALLOWED_HOSTS", "127.0.0.1");

let database: TestDatabase;
let sandboxes: RunningSandboxes;
beforeAll(async () => {
  database = await openTestDatabase();
  sandboxes = await startSandboxes({ ports: { x4b: 0, xtream: 0, time4vps: 0, xsserver: 0, ipmodule: 0 } });
});
afterAll(async () => {
  await sandboxes.close();
  await database.close();
});

describe("bulk PTR changes across connections", () => {
  it("gives every address its own result in the order given; a refusal or another team's connection never stops the others", async () => {
    const team = await seedTeam();
    const other = await seedTeam();
    const xs = await createConnection(team.id, {
      kind: "xsserver",
      label: "XS",
      baseUrl: sandboxes.baseUrls.xsserver,
      credentials: { username: "demo@example.com", password: "demo-pass", authMode: "basic" },
    });
    const net = await createConnection(team.id, { kind: "ipmodule", label: "Net", baseUrl: sandboxes.baseUrls.ipmodule, credentials: { token: "demo-token" } });
    const foreign = await createConnection(other.id, {
      kind: "ipmodule",
      label: "Theirs",
      baseUrl: sandboxes.baseUrls.ipmodule,
      credentials: { token: "demo-token" },
    });

    const seen: { result: RdnsChangeResult; connection?: string }[] = [];
    const results = await applyPtrChanges(
      team.id,
      [
        { connectionId: net.id, ip: "192.0.2.70", hostname: "not-ours.example.com" },
        { connectionId: xs.id, ref: "10451", ip: "203.0.113.12", hostname: "bulk-xs.demo.example.com" },
        { connectionId: foreign.id, ip: "192.0.2.13", hostname: "theirs.example.com" },
        { connectionId: net.id, ip: "192.0.2.12", hostname: "bulk-ip.demo.example.com" },
      ],
      async (result, connection) => {
        seen.push({ result, connection: connection?.label });
      },
    );

    expect(results.map((result) => [result.ip, result.ok])).toEqual([
      ["192.0.2.70", false],
      ["203.0.113.12", true],
      ["192.0.2.13", false],
      ["192.0.2.12", true],
    ]);
    expect(results[1]!.message).toBe("PTR set to bulk-xs.demo.example.com");
    expect(results[2]!.message).toMatch(/not found/);
    // Each change is reported as it happens, with the connection it went to (none for one the team does not have).
    expect(seen).toHaveLength(4);
    expect(seen.find((entry) => entry.result.ip === "203.0.113.12")?.connection).toBe("XS");
    expect(seen.find((entry) => entry.result.ip === "192.0.2.13")?.connection).toBeUndefined();
    // Within one connection the changes went in order.
    expect(seen.filter((entry) => entry.connection === "Net").map((entry) => entry.result.ip)).toEqual(["192.0.2.70", "192.0.2.12"]);
    expect(await database.db.connection.count({ where: { teamId: other.id } })).toBe(1);
  });
});
