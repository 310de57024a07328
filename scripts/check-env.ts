import { readDatabaseConfig, type DatabaseConfig } from "../lib/db/config";
import { parseTrustedProxies, TRUSTED_PROXIES_ENV } from "../lib/http/trusted-proxies";
import { ALLOWED_HOSTS_ENV, allowedHostsFromEnv, parseAllowList } from "../lib/providers/core/allow-list";
import { sharedStoreProblems } from "../lib/shared-state/store";
import { parseFaultsEnv } from "../sandbox/start";

/** Every setting `npm start` reads, checked before anything starts; each problem names its variable. */
export function checkEnv(env: Readonly<Record<string, string | undefined>> = process.env): { config: DatabaseConfig; port: string; problems: string[] } {
  const problems: string[] = [];
  const port = env.PORT ?? "3000";
  if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65_535) problems.push(`PORT must be a number from 1 to 65535 (got "${port}").`);

  let config: DatabaseConfig = { kind: "pglite", pgliteDir: "data/pglite", dataDir: "data" };
  try {
    config = readDatabaseConfig(env);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }

  if (config.kind === "postgres") problems.push(...sharedSecretProblems(env));
  const trusted = parseTrustedProxies(env[TRUSTED_PROXIES_ENV]);
  if (trusted.problem) problems.push(trusted.problem);

  const { invalid } = parseAllowList(allowedHostsFromEnv());
  if (invalid.length) problems.push(`${ALLOWED_HOSTS_ENV} has entries that are neither a host, host:port nor a CIDR: ${invalid.join(", ")}.`);

  try {
    parseFaultsEnv(env.HOSTDECK_SANDBOX_FAULTS);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  if (env.HOSTDECK_SANDBOX && !["on", "off"].includes(env.HOSTDECK_SANDBOX)) problems.push(`HOSTDECK_SANDBOX must be "on" or "off".`);
  problems.push(...sharedStoreProblems(env));
  if (env.HOSTDECK_JOBS && !["on", "off"].includes(env.HOSTDECK_JOBS)) problems.push(`HOSTDECK_JOBS must be "on" or "off".`);
  if (env.HOSTDECK_JOBS === "off" && config.kind === "pglite")
    problems.push("HOSTDECK_JOBS=off needs PostgreSQL: on the embedded database no separate worker can run the jobs.");
  return { config, port, problems };
}

/**
 * With PostgreSQL several hosts may share the database: each must get the same secrets from the environment,
 * never generate its own (sessions and idempotency hashes would differ between hosts; rows would be unreadable).
 */
function sharedSecretProblems(env: Readonly<Record<string, string | undefined>>): string[] {
  const problems: string[] = [];
  const authSecret = env.AUTH_SECRET?.trim() ?? "";
  if (authSecret.length === 0) {
    problems.push("AUTH_SECRET must be set with PostgreSQL (the same random value on every host, e.g. `openssl rand -base64 32`).");
  } else if (authSecret.length < 32) {
    problems.push("AUTH_SECRET must be at least 32 characters long (e.g. `openssl rand -base64 32`).");
  }
  if (!env.HOSTDECK_SECRET_KEY?.trim()) {
    problems.push("HOSTDECK_SECRET_KEY must be set with PostgreSQL (the vault key, 64 hex characters or base64 of 32 bytes, e.g. `openssl rand -hex 32`).");
  }
  return problems;
}
