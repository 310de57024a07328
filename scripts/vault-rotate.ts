/** `npm run vault:rotate`: re-encrypts every stored secret under a new key (stop the server first on the embedded database). */
import { rotateSecrets } from "../lib/connections/vault-maintenance";
import { closeDb, db } from "../lib/db/client";
import { isVaultConfigError } from "../lib/vault";
import { loadServerKeyring } from "./vault-keyring";

try {
  const report = await rotateSecrets(db(), await loadServerKeyring(db()), process.env);
  console.log(`Re-encrypted ${report.reencrypted} secret(s) under key ${report.newKeyId}.`);
  if (report.retiredKeyIds.length) console.log(`Retired old key(s): ${report.retiredKeyIds.join(", ")}.`);
  if (process.env.HOSTDECK_NEW_SECRET_KEY) {
    console.log("Now set HOSTDECK_SECRET_KEY to the new key, move the old one to HOSTDECK_PREVIOUS_SECRET_KEYS, unset HOSTDECK_NEW_SECRET_KEY and restart (see lib/vault/README.md).");
  }
} catch (error) {
  if (!isVaultConfigError(error)) throw error;
  console.error(`Rotation refused: ${error.message}`);
  process.exitCode = 1;
} finally {
  await closeDb();
}
