import type { CredentialSchema } from "../providers/core/types";
import { secretFieldNames } from "./credential-fields";

/** What the edit form holds in a secret field that has a stored value; sending it back keeps that value. */
export const STORED_SECRET_PLACEHOLDER = "__hostdeck_stored_secret__";

export interface SplitCredentials {
  settings: Record<string, unknown>;
  secrets: Record<string, unknown>;
}

/** Names of the secret fields that hold a value, kept beside the settings so forms can show placeholders. */
export const STORED_SECRET_NAMES_KEY = "_storedSecrets";

/** Secret fields go to the vault; the rest is stored in plain text so the form can show it. */
export function splitCredentials(schema: CredentialSchema, credentials: Record<string, unknown>): SplitCredentials {
  const secretNames = new Set(secretFieldNames(schema));
  const settings: Record<string, unknown> = {};
  const secrets: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(credentials)) {
    if (value === undefined) continue;
    (secretNames.has(name) ? secrets : settings)[name] = value;
  }
  settings[STORED_SECRET_NAMES_KEY] = Object.keys(secrets);
  return { settings, secrets };
}

/**
 * Replaces placeholders with the stored secret values; an empty secret field clears an optional secret.
 * Fields the form did not send keep nothing: the kind's schema decides whether that is allowed.
 */
export function restoreStoredSecrets(schema: CredentialSchema, submitted: Record<string, unknown>, stored: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...submitted };
  for (const name of secretFieldNames(schema)) {
    if (merged[name] === STORED_SECRET_PLACEHOLDER) merged[name] = stored[name];
    else if (merged[name] === "") delete merged[name];
  }
  return merged;
}
