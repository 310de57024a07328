/** `npm run vault:doctor`: lists the connections whose stored secret cannot be decrypted; changes nothing. */
import { findUndecryptableSecrets } from "../lib/connections/vault-maintenance";
import { closeDb, db } from "../lib/db/client";
import { isVaultConfigError, summarizeKeyring } from "../lib/vault";
import { loadServerKeyring } from "./vault-keyring";

try {
  const keyring = await loadServerKeyring(db());
  const summary = summarizeKeyring(keyring);
  console.log(`Keys (${summary.source}): ${summary.keys.map((k) => `${k.id}${k.current ? " (current)" : ""}`).join(", ")}`);
  const { checked, broken } = await findUndecryptableSecrets(db(), keyring);
  if (broken.length === 0) {
    console.log(`All ${checked} stored secret(s) decrypt.`);
  } else {
    console.log(`${broken.length} of ${checked} stored secret(s) cannot be decrypted:`);
    for (const row of broken) console.log(`  connection ${row.id} "${row.label}" (team ${row.teamId}, key ${row.keyId}): ${row.problem}`);
    process.exitCode = 1;
  }
} catch (error) {
  if (!isVaultConfigError(error)) throw error;
  console.error(`Vault configuration problem: ${error.message}`);
  process.exitCode = 1;
} finally {
  await closeDb();
}
