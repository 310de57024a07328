import { readDatabaseConfig } from "../lib/db/config";
import type { PrismaClient } from "../lib/db/generated/client";
import { loadKeyring, type Keyring } from "../lib/vault";

/** The keyring as the server would load it (never generating a key), for the maintenance scripts. */
export async function loadServerKeyring(db: PrismaClient): Promise<Keyring> {
  const rows = await db.connection.findMany({ distinct: ["secretKeyId"], select: { secretKeyId: true } });
  return loadKeyring({
    dataDir: readDatabaseConfig().dataDir,
    env: process.env,
    allowGenerate: false,
    existingKeyIds: rows.map((row) => row.secretKeyId),
  });
}
