/** `npm run vault:rotate`: re-encrypts every stored secret under a new key (stop the server first on the embedded database). */
import { rotateSecrets } from "../lib/connections/vault-maintenance";
import { closeDb, db } from "../lib/db/client";
import { isVaultConfigError } from "../lib/vault";
import { loadServerKeyring } from "./vault-keyring";

try {
  const report = await rotateSecrets(db(), await loadServerKeyring(db()), process.env);
  console.log(`Re-encrypted ${report.reencrypted} secret(s) under key ${report.newKeyId}.`);
  if (report.retiredKeyIds.length) console.log(`Retired old key(s): ${report.retiredKeyIds.join(", ")}.`);
  if (report.failed.length) {
    console.error(`${report.failed.length} secret(s) could not be decrypted and were left under their old key (which stays in the keyring):`);
    for (const row of report.failed) console.error(`  connection ${row.id} "${row.label}" (team ${row.teamId}, key ${row.keyId}): ${row.problem}`);
    console.error("Re-enter the credentials of these connections (or remove them), then run vault:rotate again.");
    process.exitCode = 1;
  } else if (process.env.HOSTDECK_NEW_SECRET_KEY) {
    console.log(
      "Now set HOSTDECK_SECRET_KEY to the new key, move the old one to HOSTDECK_PREVIOUS_SECRET_KEYS, unset HOSTDECK_NEW_SECRET_KEY and restart (see lib/vault/README.md).",
    );
  }
} catch (error) {
  if (!isVaultConfigError(error)) throw error;
  console.error(`Rotation refused: ${error.message}`);
  process.exitCode = 1;
} finally {
  await closeDb();
}
