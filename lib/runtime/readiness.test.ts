import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "../db/client";
import { migrationsApplied } from "../db/migration-status";
import { openTestDatabase, testBackends, type TestDatabase } from "../db/testing";
import { checkReadiness } from "./readiness";
import { closeEverything } from "./shutdown";

describe.each(testBackends())("readiness (%s)", (backend) => {
  let database: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    dir = await mkdtemp(path.join(os.tmpdir(), "hostdeck-migrations-"));
  });
  afterAll(async () => {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("knows whether every migration this build ships is applied", async () => {
    const shipped = (await readdir("prisma/migrations", { withFileTypes: true })).filter((entry) => entry.isDirectory());
    for (const entry of shipped) await mkdir(path.join(dir, entry.name));
    expect(await migrationsApplied(db(), dir)).toBe(true);
    // A newer build's instance, started before its migration ran: not ready.
    await mkdir(path.join(dir, "29991231000000_from_a_newer_release"));
    expect(await migrationsApplied(db(), dir)).toBe(false);
  });

  it("is ready on a migrated database with its store answering", async () => {
    expect(await checkReadiness()).toEqual({ ready: true, failing: [] });
  });
});

describe("readiness while shutting down", () => {
  it("answers not ready from the stop signal on", async () => {
    await closeEverything();
    expect(await checkReadiness()).toEqual({ ready: false, failing: ["shutdown"] });
  });
});
