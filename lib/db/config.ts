import path from "node:path";

export type DatabaseConfig = { kind: "pglite"; dataDir: string; pgliteDir: string } | { kind: "postgres"; url: string; dataDir: string };

/**
 * DATABASE_URL unset or `pglite:<dir>` → embedded PGlite in that folder (default ./data/pglite);
 * `postgresql://…` → a real PostgreSQL. The data folder (vault key file on the embedded default)
 * is HOSTDECK_DATA_DIR, or the PGlite folder's parent.
 */
export function readDatabaseConfig(env: Readonly<Record<string, string | undefined>> = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (!url || url.startsWith("pglite:")) {
    const pgliteDir = path.resolve(/* turbopackIgnore: true */ url ? url.slice("pglite:".length) || "./data/pglite" : "./data/pglite");
    return { kind: "pglite", pgliteDir, dataDir: path.resolve(/* turbopackIgnore: true */ env.HOSTDECK_DATA_DIR ?? path.dirname(pgliteDir)) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    return { kind: "postgres", url, dataDir: path.resolve(/* turbopackIgnore: true */ env.HOSTDECK_DATA_DIR ?? "./data") };
  }
  throw new Error("DATABASE_URL must be unset, `pglite:<folder>` (embedded) or `postgresql://user:pass@host:port/db`; got a value of another form.");
}

/**
 * PGlite's settings: PostgreSQL's default 128 MB of shared buffers lives inside the WASM heap and is never
 * returned; the embedded database of one team fits in a fraction of that (the OS caches the files anyway).
 */
export const pgliteOptions = { postgresqlconf: ["shared_buffers='16MB'"] };
