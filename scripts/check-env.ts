import { readDatabaseConfig, type DatabaseConfig } from "../lib/db/config";
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
  if (env.HOSTDECK_JOBS === "off" && config.kind === "pglite") problems.push("HOSTDECK_JOBS=off needs PostgreSQL: on the embedded database no separate worker can run the jobs.");
  return { config, port, problems };
}
