import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { openTestDatabase, type TestDatabase } from "@/lib/db/testing";
import { readCache } from "@/lib/providers/core/read-cache/read-cache";
import { signInAs } from "@/lib/testing/mock-session";
import { newKey, seedMember, seedTeam } from "@/lib/testing/seed";
import { createVault, loadKeyring } from "@/lib/vault";
import { startSandboxes, type RunningSandboxes } from "@/sandbox/start";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/mock-session")).sessionModule());
vi.mock("next/headers", async () => (await import("@/lib/testing/mock-session")).headersModule());

vi.stubEnv("HOSTDECK_SECRET_KEY", randomBytes(32).toString("hex"));
vi.stubEnv("HOSTDECK_ALLOWED_HOSTS", "127.0.0.1");

const actions = await import("@/app/(console)/connections/actions");
const { STORED_SECRET_PLACEHOLDER } = await import("./secrets");
const { credentialsAad, getVault } = await import("./vault");
const { findUndecryptableSecrets, rotateSecrets } = await import("./vault-maintenance");

const HOST_KEY = "hk-7f3a9c2e5b81d4460aa3";
const TOKEN = "demo-token";

/** Every window of 6 characters of the secret: a stored or logged fragment is as bad as the whole. */
function fragments(secret: string, size = 6): string[] {
  return Array.from({ length: secret.length - size + 1 }, (_, i) => secret.slice(i, i + size));
}
function expectNoFragment(haystack: string, secret: string) {
  for (const fragment of fragments(secret)) expect(haystack, `contains "${fragment}"`).not.toContain(fragment);
}

let database: TestDatabase;
let sandboxes: RunningSandboxes;
const logged: string[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  sandboxes = await startSandboxes({ ports: { x4b: 0, xtream: 0, time4vps: 0, xsserver: 0, ipmodule: 0 } });
  for (const level of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, level).mockImplementation(
      (...args: unknown[]) => void logged.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(" ")),
    );
  }
});
afterAll(async () => {
  vi.restoreAllMocks();
  await sandboxes.close();
  await database.close();
});

describe("connections and their secrets", () => {
  it("an admin adds, tests, edits with the placeholder, renames and removes a connection, and no secret is stored, logged or audited", async () => {
    const team = await seedTeam();
    const { user } = await seedMember(team, "admin");
    signInAs(user, team, "admin");

    const created = await actions.createConnectionAction({
      kind: "x4b",
      label: "Proxies",
      baseUrl: sandboxes.baseUrls.x4b,
      credentials: { authMode: "host-key", hostKey: HOST_KEY },
      idempotencyKey: newKey(),
    });
    expect(created).toMatchObject({ ok: true });
    const id = created.ok ? created.data.id : "";

    const networkModule = await actions.createConnectionAction({
      kind: "ipmodule",
      label: "Network",
      baseUrl: sandboxes.baseUrls.ipmodule,
      credentials: { token: TOKEN },
      idempotencyKey: newKey(),
    });
    const moduleId = networkModule.ok ? networkModule.data.id : "";
    expect(await actions.testConnectionAction({ id: moduleId, idempotencyKey: newKey() })).toMatchObject({ ok: true, data: { ok: true } });

    // A wrong secret fails the test with a typed error and still leaks nothing.
    const broken = await actions.updateConnectionAction({
      id: moduleId,
      label: "Network",
      baseUrl: sandboxes.baseUrls.ipmodule,
      credentials: { token: "wrong-token-value-123" },
      idempotencyKey: newKey(),
    });
    expect(broken.ok).toBe(true);
    expect(await actions.testConnectionAction({ id: moduleId, idempotencyKey: newKey() })).toMatchObject({ ok: true, data: { ok: false, kind: "auth" } });

    // Saving the placeholder keeps the stored secret.
    const edited = await actions.updateConnectionAction({
      id,
      label: "Proxies",
      baseUrl: sandboxes.baseUrls.x4b,
      credentials: { authMode: "host-key", hostKey: STORED_SECRET_PLACEHOLDER },
      idempotencyKey: newKey(),
    });
    expect(edited.ok).toBe(true);
    const row = await database.db.connection.findUniqueOrThrow({ where: { id } });
    expect((await getVault()).decryptJson(row.secretCiphertext, credentialsAad(id))).toEqual({ hostKey: HOST_KEY });
    expect(row.settings).toEqual({ authMode: "host-key", _storedSecrets: ["hostKey"] });

    expect(await actions.renameConnectionAction({ id, label: "Edge proxies", idempotencyKey: newKey() })).toMatchObject({ ok: true });
    expect(await actions.removeConnectionAction({ id, idempotencyKey: newKey() })).toMatchObject({ ok: true });
    expect(await database.db.connection.findUnique({ where: { id } })).toBeNull();

    const everything = JSON.stringify({
      connections: await database.db.connection.findMany(),
      audit: await database.db.auditEvent.findMany(),
      idempotency: await database.db.idempotencyRecord.findMany(),
      logged,
    });
    expectNoFragment(everything, HOST_KEY);
    expectNoFragment(everything, "wrong-token-value-123");
    expect(everything).not.toContain(TOKEN);

    const trail = (await database.db.auditEvent.findMany({ where: { teamId: team.id }, orderBy: { createdAt: "asc" } })).map((e) => `${e.action}:${e.outcome}`);
    expect(trail).toEqual([
      "connection.create:success",
      "connection.create:success",
      "connection.test:success",
      "connection.update:success",
      "connection.test:success",
      "connection.update:success",
      "connection.rename:success",
      "connection.remove:success",
    ]);
  });

  it("a new host, port or scheme needs every secret typed again: the placeholder is refused and the new address receives nothing", async () => {
    const team = await seedTeam();
    const { user } = await seedMember(team, "admin");
    signInAs(user, team, "admin");
    const received: string[] = [];
    const listener = createServer((request, response) => {
      received.push(`${request.method} ${request.url} ${JSON.stringify(request.headers)}`);
      response.end("{}");
    });
    await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
    const port = (listener.address() as AddressInfo).port;
    try {
      const created = await actions.createConnectionAction({
        kind: "ipmodule",
        label: "Moving",
        baseUrl: sandboxes.baseUrls.ipmodule,
        credentials: { token: TOKEN },
        idempotencyKey: newKey(),
      });
      const id = created.ok ? created.data.id : "";
      const sandboxUrl = new URL(sandboxes.baseUrls.ipmodule);
      const elsewhere = [
        `http://127.0.0.1:${port}${sandboxUrl.pathname}`,
        `http://localhost:${sandboxUrl.port}${sandboxUrl.pathname}`,
        `https://127.0.0.1:${sandboxUrl.port}${sandboxUrl.pathname}`,
      ];
      for (const baseUrl of elsewhere) {
        const moved = await actions.updateConnectionAction({
          id,
          label: "Moving",
          baseUrl,
          credentials: { token: STORED_SECRET_PLACEHOLDER },
          idempotencyKey: newKey(),
        });
        expect(moved, baseUrl).toMatchObject({
          ok: false,
          code: "invalid-input",
          fieldErrors: { "credentials.token": [expect.stringMatching(/enter this secret again/)] },
        });
        expect(await actions.testConnectionAction({ id, idempotencyKey: newKey() })).toMatchObject({ ok: true, data: { ok: true } });
      }
      expect(await database.db.connection.findUniqueOrThrow({ where: { id } })).toMatchObject({ baseUrl: sandboxes.baseUrls.ipmodule });
      expect(received).toEqual([]);

      // Another path on the same host keeps the secret; a secret typed again may go to the new address.
      const samePlace = await actions.updateConnectionAction({
        id,
        label: "Moving",
        baseUrl: `${sandboxes.baseUrls.ipmodule}?v=2`,
        credentials: { token: STORED_SECRET_PLACEHOLDER },
        idempotencyKey: newKey(),
      });
      expect(samePlace.ok).toBe(true);
      const retyped = await actions.updateConnectionAction({
        id,
        label: "Moving",
        baseUrl: elsewhere[0]!,
        credentials: { token: "typed-again-token" },
        idempotencyKey: newKey(),
      });
      expect(retyped.ok).toBe(true);
      await actions.testConnectionAction({ id, idempotencyKey: newKey() });
      expect(received.length).toBeGreaterThan(0);
      expect(received.join("\n")).not.toContain(TOKEN);
    } finally {
      await new Promise((resolve) => listener.close(resolve));
    }
  });

  it("refuses a base URL that resolves to a private address not in HOSTDECK_ALLOWED_HOSTS", async () => {
    const team = await seedTeam();
    const { user } = await seedMember(team, "owner");
    signInAs(user, team, "owner");
    for (const baseUrl of ["http://169.254.169.254/latest", "http://0x0a000001:4105/ip.php", "http://167772161:4105/ip.php", "http://[::ffff:10.0.0.1]/api"]) {
      const result = await actions.createConnectionAction({
        kind: "ipmodule",
        label: `Bad ${baseUrl}`,
        baseUrl,
        credentials: { token: TOKEN },
        idempotencyKey: newKey(),
      });
      expect(result, baseUrl).toMatchObject({ ok: false, fieldErrors: { baseUrl: [expect.any(String)] } });
    }
    expect(await database.db.connection.count({ where: { teamId: team.id } })).toBe(0);
  });

  it("removing an XSServer connection in token mode revokes its token first, and says so when XSServer cannot be reached", async () => {
    const team = await seedTeam();
    const { user } = await seedMember(team, "admin");
    signInAs(user, team, "admin");
    const activeTokens = async () => ((await (await fetch(`${sandboxes.origins.xsserver}/__sandbox/tokens`)).json()) as { activeTokens: number }).activeTokens;
    const add = async (label: string) => {
      const created = await actions.createConnectionAction({
        kind: "xsserver",
        label,
        baseUrl: sandboxes.baseUrls.xsserver,
        credentials: { username: "demo@example.com", password: "demo-pass", authMode: "token" },
        idempotencyKey: newKey(),
      });
      if (!created.ok) throw new Error(created.error);
      expect(await actions.testConnectionAction({ id: created.data.id, idempotencyKey: newKey() })).toMatchObject({ ok: true, data: { ok: true } });
      return created.data.id;
    };

    const before = await activeTokens();
    const reachable = await add("XS token");
    expect(await activeTokens()).toBe(before + 1);
    expect(await actions.removeConnectionAction({ id: reachable, idempotencyKey: newKey() })).toEqual({
      ok: true,
      data: { id: reachable, notice: "XS token: its login token was revoked at the provider." },
    });
    expect(await activeTokens()).toBe(before);

    const unreachable = await add("XS down");
    sandboxes.sandboxes.xsserver.faults.set({ mode: "http-503" });
    try {
      const removed = await actions.removeConnectionAction({ id: unreachable, idempotencyKey: newKey() });
      expect(removed).toMatchObject({ ok: true, data: { id: unreachable, notice: expect.stringMatching(/^XS down could not be reached .*not revoked/) } });
    } finally {
      sandboxes.sandboxes.xsserver.faults.clear();
    }
    expect(await database.db.connection.count({ where: { teamId: team.id } })).toBe(0);
    const audit = await database.db.auditEvent.findMany({ where: { teamId: team.id, action: "connection.remove" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((event) => event.message)).toEqual([expect.stringContaining("revoked at the provider"), expect.stringContaining("could not be reached")]);
  });

  it("finds the address to whitelist through the team's ip.php module, or says why it cannot", async () => {
    const { findOutboundAddress } = await import("@/lib/capabilities/network/outbound-address");
    const team = await seedTeam();
    const { user } = await seedMember(team, "admin");
    signInAs(user, team, "admin");
    expect(await findOutboundAddress(team.id)).toEqual({ address: null, reason: "no-ip-module" });
    const created = await actions.createConnectionAction({
      kind: "ipmodule",
      label: "Network",
      baseUrl: sandboxes.baseUrls.ipmodule,
      credentials: { token: TOKEN },
      idempotencyKey: newKey(),
    });
    expect(created.ok).toBe(true);
    expect(await findOutboundAddress(team.id)).toEqual({ address: "127.0.0.1", via: "Network" });
    // The address is read once in a while (read cache); a module that cannot be reached when it must be asked:
    await readCache().clear();
    sandboxes.sandboxes.ipmodule.faults.set({ mode: "http-503" });
    try {
      expect(await findOutboundAddress(team.id)).toMatchObject({ address: null, reason: "unreachable", message: expect.stringMatching(/^Network: /) });
    } finally {
      sandboxes.sandboxes.ipmodule.faults.clear();
    }
  });

  it("reports the kind's own credential errors beside the fields", async () => {
    const team = await seedTeam();
    const { user } = await seedMember(team, "admin");
    signInAs(user, team, "admin");
    const result = await actions.createConnectionAction({
      kind: "xtream",
      label: "Panel",
      baseUrl: sandboxes.baseUrls.xtream,
      credentials: { apiKey: "" },
      idempotencyKey: newKey(),
    });
    expect(result).toMatchObject({ ok: false, code: "invalid-input", fieldErrors: { "credentials.apiKey": [expect.any(String)] } });
  });
});

describe("vault maintenance", () => {
  it("rotation re-encrypts every secret under a new key and retires the old one; the doctor lists what cannot be decrypted", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "hostdeck-vault-"));
    const keyring = loadKeyring({ dataDir, env: {}, allowGenerate: true, existingKeyIds: [] });
    const vault = createVault(keyring);
    const team = await seedTeam();
    const ids: string[] = [];
    for (const secret of ["alpha-secret-1", "beta-secret-2", "gamma-secret-3"]) {
      const id = crypto.randomUUID();
      ids.push(id);
      await database.db.connection.create({
        data: {
          id,
          teamId: team.id,
          kind: "ipmodule",
          label: secret,
          baseUrl: "https://example.com/ip.php",
          secretCiphertext: vault.encryptJson({ token: secret }, credentialsAad(id)),
          secretKeyId: vault.currentKeyId,
        },
      });
    }
    const others = await database.db.connection.findMany({ where: { teamId: { not: team.id } }, select: { id: true } });
    await database.db.connection.deleteMany({ where: { id: { in: others.map((o) => o.id) } } });

    const report = await rotateSecrets(database.db, keyring, {});
    expect(report.reencrypted).toBe(3);
    expect(report.newKeyId).not.toBe(keyring.current.id);
    expect(report.retiredKeyIds).toEqual([keyring.current.id]);

    const reloaded = loadKeyring({ dataDir, env: {}, allowGenerate: false, existingKeyIds: [report.newKeyId] });
    expect([...reloaded.keys.keys()]).toEqual([report.newKeyId]);
    const after = createVault(reloaded);
    for (const row of await database.db.connection.findMany({ where: { teamId: team.id } })) {
      expect(row.secretKeyId).toBe(report.newKeyId);
      expect(after.decryptJson(row.secretCiphertext, credentialsAad(row.id))).toEqual({ token: row.label });
    }
    expect(await findUndecryptableSecrets(database.db, reloaded)).toEqual({ checked: 3, broken: [] });

    // A flipped character and a ciphertext moved to another row are both reported, never decrypted to garbage.
    const [first, second] = await database.db.connection.findMany({ where: { teamId: team.id }, orderBy: { label: "asc" } });
    const flipped = first!.secretCiphertext.slice(0, -3) + (first!.secretCiphertext.at(-3) === "A" ? "B" : "A") + first!.secretCiphertext.slice(-2);
    await database.db.connection.update({ where: { id: first!.id }, data: { secretCiphertext: flipped } });
    await database.db.connection.update({
      where: { id: second!.id },
      data: { secretCiphertext: (await database.db.connection.findUniqueOrThrow({ where: { id: ids[2]! } })).secretCiphertext },
    });
    const doctor = await findUndecryptableSecrets(database.db, reloaded);
    expect(doctor.checked).toBe(3);
    expect(doctor.broken.map((b) => b.id).sort()).toEqual([first!.id, second!.id].sort());
    expect(doctor.broken.every((b) => b.problem.startsWith("auth-failed") || b.problem.startsWith("malformed"))).toBe(true);
  });
});
