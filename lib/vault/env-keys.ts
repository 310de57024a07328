import { VaultConfigError } from "./errors";
import { keyFormHint, parseKey } from "./parse-key";
import { VaultKey } from "./vault-key";

export const SECRET_KEY_VAR = "HOSTDECK_SECRET_KEY";
export const PREVIOUS_KEYS_VAR = "HOSTDECK_PREVIOUS_SECRET_KEYS";
export const NEW_KEY_VAR = "HOSTDECK_NEW_SECRET_KEY";

export type Env = Readonly<Record<string, string | undefined>>;

export interface EnvKeys {
  current: VaultKey;
  /** Still readable while a rotation finishes. */
  previous: VaultKey[];
  /** The key a rotation in progress moves to; readable, not yet used for writing. */
  next?: VaultKey;
}

/** One key from one variable; unset or blank is `undefined`, anything unparsable stops with the variable's name. */
export function readEnvKey(env: Env, name: string): VaultKey | undefined {
  const value = env[name];
  if (value === undefined || value.trim() === "") return undefined;
  return toKey(value, name);
}

/** The keys given in the environment, or `undefined` when HOSTDECK_SECRET_KEY is not set. */
export function readEnvKeys(env: Env): EnvKeys | undefined {
  const current = readEnvKey(env, SECRET_KEY_VAR);
  const previous = (env[PREVIOUS_KEYS_VAR] ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .map((entry, index) => (entry === "" ? undefined : toKey(entry, `${PREVIOUS_KEYS_VAR} (entry ${index + 1})`)))
    .filter((key) => key !== undefined);
  const next = readEnvKey(env, NEW_KEY_VAR);
  if (!current) {
    const stray = [...(previous.length > 0 ? [PREVIOUS_KEYS_VAR] : []), ...(next ? [NEW_KEY_VAR] : [])];
    if (stray.length > 0) {
      throw new VaultConfigError(
        "missing-key",
        `${stray.join(" and ")} ${stray.length > 1 ? "are" : "is"} set but ${SECRET_KEY_VAR} is not. ` +
          `Set ${SECRET_KEY_VAR} to the current key (${keyFormHint}).`,
      );
    }
    return undefined;
  }
  return { current, previous, next };
}

function toKey(value: string, name: string): VaultKey {
  const parsed = parseKey(value);
  if (!parsed.ok) {
    throw new VaultConfigError("invalid-key", `${name} is not a valid key: ${parsed.reason}. Expected ${keyFormHint}.`);
  }
  return new VaultKey(parsed.material);
}
