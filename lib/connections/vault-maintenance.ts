import type { PrismaClient } from "../db/generated/client";
import { createVault, isVaultError, retireKeys, rotateKeyring, type Env, type Keyring } from "../vault";
import { credentialsAad } from "./vault";

export interface RotationReport {
  newKeyId: string;
  reencrypted: number;
  retiredKeyIds: string[];
  /** Rows left as they were because their secret could not be decrypted; their keys stay in the keyring. */
  failed: DoctorRow[];
}

function describeProblem(error: unknown): string {
  return isVaultError(error) ? `${error.code}: ${error.message}` : "unexpected error";
}

/**
 * Makes a new key current, re-encrypts every connection secret under it (one row per transaction, so a
 * crash midway leaves every row readable with the keys still held), then retires the old file keys that no
 * row uses any more. A row that cannot be decrypted is skipped and reported; its key is never retired.
 */
export async function rotateSecrets(db: PrismaClient, keyring: Keyring, env: Env): Promise<RotationReport> {
  const rotated = rotateKeyring(keyring, { env });
  const vault = createVault(rotated);
  const rows = await db.connection.findMany({ select: { id: true, teamId: true, label: true, secretCiphertext: true, secretKeyId: true } });
  let reencrypted = 0;
  const failed: DoctorRow[] = [];
  for (const row of rows) {
    if (row.secretKeyId === vault.currentKeyId) continue;
    let secretCiphertext: string;
    try {
      secretCiphertext = vault.reencrypt(row.secretCiphertext, credentialsAad(row.id));
    } catch (error) {
      failed.push({ id: row.id, teamId: row.teamId, label: row.label, keyId: row.secretKeyId, problem: describeProblem(error) });
      continue;
    }
    await db.connection.update({ where: { id: row.id, secretKeyId: row.secretKeyId }, data: { secretCiphertext, secretKeyId: vault.currentKeyId } });
    reencrypted++;
  }
  let retiredKeyIds: string[] = [];
  if (rotated.source.kind === "file") {
    // Read again after the updates: every key id a row still carries stays (ids the keyring never held have nothing to keep).
    const stillUsed = (await db.connection.findMany({ distinct: ["secretKeyId"], select: { secretKeyId: true } })).map((r) => r.secretKeyId);
    const retired = retireKeys(
      rotated,
      stillUsed.filter((id) => rotated.keys.has(id)),
    );
    retiredKeyIds = [...rotated.keys.keys()].filter((id) => !retired.keys.has(id));
  }
  return { newKeyId: vault.currentKeyId, reencrypted, retiredKeyIds, failed };
}

export interface DoctorRow {
  id: string;
  teamId: string;
  label: string;
  keyId: string;
  problem: string;
}

/** Every connection whose secret cannot be decrypted with the configured keys; changes nothing. */
export async function findUndecryptableSecrets(db: PrismaClient, keyring: Keyring): Promise<{ checked: number; broken: DoctorRow[] }> {
  const vault = createVault(keyring);
  const rows = await db.connection.findMany({ select: { id: true, teamId: true, label: true, secretCiphertext: true, secretKeyId: true } });
  const broken: DoctorRow[] = [];
  for (const row of rows) {
    try {
      vault.decryptJson(row.secretCiphertext, credentialsAad(row.id));
    } catch (error) {
      broken.push({ id: row.id, teamId: row.teamId, label: row.label, keyId: row.secretKeyId, problem: describeProblem(error) });
    }
  }
  return { checked: rows.length, broken };
}
