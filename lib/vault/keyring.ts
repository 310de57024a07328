import { VaultConfigError } from "./errors";
import type { VaultKey } from "./vault-key";

/** Where the keys came from decides how they rotate: env keys are changed by the operator, file keys by Hostdeck. */
export type KeySource = { kind: "env" } | { kind: "file"; path: string };

export interface Keyring {
  /** The key every new ciphertext is written with. */
  readonly current: VaultKey;
  /** Every readable key by id, the current one included. */
  readonly keys: ReadonlyMap<string, VaultKey>;
  readonly source: KeySource;
}

export function createKeyring(current: VaultKey, others: readonly VaultKey[], source: KeySource): Keyring {
  const keys = new Map<string, VaultKey>();
  for (const key of [current, ...others]) {
    const known = keys.get(key.id);
    // Two different keys with one id would make decryption ambiguous; 48 bits make this a mistake, not chance.
    if (known && !known.material().equals(key.material())) {
      throw new VaultConfigError("invalid-key", `Two different keys share the key id ${key.id}; remove one of them.`);
    }
    if (!known) keys.set(key.id, key);
  }
  return { current, keys, source };
}

/** Ids of the given stored key ids that the keyring cannot read, sorted and without repeats. */
export function missingKeyIds(keyring: Keyring, keyIds: readonly string[]): string[] {
  return [...new Set(keyIds)].filter((id) => !keyring.keys.has(id)).sort();
}

export interface KeyringSummary {
  source: KeySource["kind"];
  current: string;
  keys: { id: string; createdAt?: string; current: boolean }[];
}

/** What a doctor or a log line may show about a keyring: ids and dates, never key bytes. */
export function summarizeKeyring(keyring: Keyring): KeyringSummary {
  return {
    source: keyring.source.kind,
    current: keyring.current.id,
    keys: [...keyring.keys.values()].map((key) => ({
      id: key.id,
      createdAt: key.createdAt,
      current: key.id === keyring.current.id,
    })),
  };
}
