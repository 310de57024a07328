import { openAdapter, type OpenedAdapter } from "../lib/db/adapter";
import type { DatabaseConfig } from "../lib/db/config";
import { shippedMigrations } from "../lib/db/migration-status";
import { applyMigrations } from "../lib/db/migrations";
import { isVaultConfigError, loadKeyring, summarizeKeyring } from "../lib/vault";

async function somePending(factory: OpenedAdapter["factory"]): Promise<boolean> {
  const connection = await factory.connect();
  try {
    const { rows } = await connection.queryRaw({
      sql: 'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      args: [],
      argTypes: [],
    });
    const applied = new Set(rows.map((row) => String(row[0])));
    return (await shippedMigrations()).some((name) => !applied.has(name));
  } catch {
    return true; // no history table yet: a fresh database
  } finally {
    await connection.dispose();
  }
}

/**
 * Applies migrations, then loads the vault keyring — generating the key file on the embedded database's
 * first start only, and refusing when the configured key cannot read what is stored. Returns the exit code.
 */
export async function prepareDatabase(config: DatabaseConfig): Promise<number> {
  const adapter = await openAdapter(config);
  try {
    // The schema engine (WASM, ~1 s to load) only when a shipped migration is not applied yet.
    if (await somePending(adapter.factory)) {
      const applied = await applyMigrations(adapter.factory);
      if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
    }
    const connection = await adapter.factory.connect();
    const { rows } = await connection.queryRaw({ sql: 'SELECT DISTINCT "secretKeyId" FROM "Connection"', args: [], argTypes: [] });
    await connection.dispose();
    const existingKeyIds = rows.map((row) => String(row[0]));
    const keyring = loadKeyring({ dataDir: config.dataDir, env: process.env, allowGenerate: config.kind === "pglite", existingKeyIds });
    const summary = summarizeKeyring(keyring);
    console.log(`Vault ready (key ${summary.current}, from ${summary.source === "env" ? "HOSTDECK_SECRET_KEY" : "the data folder"}).`);
    return 0;
  } catch (error) {
    if (!isVaultConfigError(error)) throw error;
    console.error(`Hostdeck cannot start: ${error.message}`);
    return 78;
  } finally {
    await adapter.close();
  }
}
