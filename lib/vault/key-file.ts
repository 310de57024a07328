import { chmodSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

import { z } from "zod";

import { writeFileAtomic } from "./atomic-write";
import { VaultConfigError } from "./errors";
import { parseKey } from "./parse-key";
import { VaultKey } from "./vault-key";

export const KEY_FILE_NAME = "vault-keys.json";

const keyFileSchema = z.object({
  version: z.literal(1),
  current: z.string(),
  keys: z.array(z.object({ id: z.string(), key: z.string(), createdAt: z.iso.datetime() })).min(1),
});

export interface StoredKeys {
  current: VaultKey;
  keys: VaultKey[];
}

export function keyFilePath(dataDir: string): string {
  return join(dataDir, KEY_FILE_NAME);
}

/** The keys in the file, or `undefined` when there is no file. A file that is unsafe or unreadable stops the start. */
export function readKeyFile(path: string): StoredKeys | undefined {
  let text: string;
  try {
    assertPrivate(path);
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw corrupt(path, "not valid JSON");
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) {
    const paths = [...new Set(parsed.error.issues.map((issue) => issue.path.join(".") || "(root)"))];
    throw corrupt(path, `unexpected content at ${paths.join(", ")}`);
  }
  const keys: VaultKey[] = [];
  for (const [index, entry] of parsed.data.keys.entries()) {
    const material = parseKey(entry.key);
    if (!material.ok) throw corrupt(path, `keys.${index}.key is not a valid key`);
    const key = new VaultKey(material.material, entry.createdAt);
    if (key.id !== entry.id) throw corrupt(path, `keys.${index}.id does not match its key`);
    if (keys.some((known) => known.id === key.id)) throw corrupt(path, `key id ${key.id} appears twice`);
    keys.push(key);
  }
  const current = keys.find((key) => key.id === parsed.data.current);
  if (!current) throw corrupt(path, "the current key id is not among the keys");
  return { current, keys };
}

/** Writes the file atomically with mode 0600 in a 0700 folder; see `writeFileAtomic` for `replace`. */
export function writeKeyFile(path: string, stored: StoredKeys, { replace }: { replace: boolean }): boolean {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== "win32") chmodSync(dir, 0o700);
  const content = {
    version: 1,
    current: stored.current.id,
    keys: stored.keys.map((key) => ({
      id: key.id,
      key: key.material().toString("base64"),
      createdAt: key.createdAt ?? new Date().toISOString(),
    })),
  } satisfies z.input<typeof keyFileSchema>;
  return writeFileAtomic(path, `${JSON.stringify(content, null, 2)}\n`, { replace });
}

function assertPrivate(path: string): void {
  const stats = statSync(path);
  if (!stats.isFile()) throw corrupt(path, "not a regular file");
  // Windows has no POSIX mode bits to check; its ACLs are the operator's job there.
  if (process.platform === "win32") return;
  const mode = stats.mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new VaultConfigError(
      "key-file-permissions",
      `Vault key file ${path} is readable or writable by group or others ` +
        `(mode ${mode.toString(8).padStart(4, "0")}). ` +
        `Refusing to use it; run \`chmod 600 ${path}\` after checking who may have read it.`,
    );
  }
}

function corrupt(path: string, reason: string): VaultConfigError {
  return new VaultConfigError(
    "key-file-corrupt",
    `Vault key file ${path} is corrupt (${reason}). Restore it from a backup; Hostdeck never replaces it on its own.`,
  );
}
