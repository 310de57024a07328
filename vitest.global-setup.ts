import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

import { applyMigrations, readMigrationList } from "./lib/db/migrations";
import { TEMPLATE_ENV } from "./lib/db/testing";

/**
 * Builds one migrated PGlite data dir per migration history (initdb alone takes ~10 s) and shares it with
 * every test file through an env var; each file loads its own copy in about a second.
 */
export default async function setup() {
  const list = await readMigrationList();
  const hash = createHash("sha256")
    .update(JSON.stringify(list.migrationDirectories.map((d) => [d.path, d.migrationFile.content])))
    .digest("hex")
    .slice(0, 16);
  const dir = path.join(os.tmpdir(), "hostdeck-test-templates");
  const file = path.join(dir, `${hash}.tar`);
  if (!existsSync(file)) {
    await mkdir(dir, { recursive: true });
    const pglite = new PGlite();
    await applyMigrations(new PrismaPGlite(pglite));
    const dump = await pglite.dumpDataDir("none");
    await pglite.close();
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, Buffer.from(await dump.arrayBuffer()));
    await rename(temp, file);
  }
  process.env[TEMPLATE_ENV] = file;
}
