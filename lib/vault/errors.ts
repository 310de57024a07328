/** Why a stored ciphertext could not be opened. None of these ever carries plaintext or key material. */
export const vaultErrorCodes = ["malformed", "unknown-key", "auth-failed", "invalid-payload"] as const;
export type VaultErrorCode = (typeof vaultErrorCodes)[number];

const vaultMessages: Record<VaultErrorCode, string> = {
  malformed: "The encrypted value is not in a format the vault understands.",
  "unknown-key": "The encrypted value was written with a key this server does not have.",
  "auth-failed": "The encrypted value failed its integrity check (wrong key, wrong record or tampered data).",
  "invalid-payload": "The decrypted value does not have the expected shape.",
};

export class VaultError extends Error {
  readonly code: VaultErrorCode;
  /** The key id named by the ciphertext, when it could be read (safe to log). */
  readonly keyId?: string;

  constructor(code: VaultErrorCode, options: { keyId?: string; detail?: string } = {}) {
    const base = vaultMessages[code];
    super(options.detail ? `${base} (${options.detail})` : base);
    this.name = "VaultError";
    this.code = code;
    this.keyId = options.keyId;
  }
}

export function isVaultError(error: unknown): error is VaultError {
  return error instanceof VaultError;
}

/** Why the keyring could not be loaded or changed; meant to stop a start with a message an operator can act on. */
export const vaultConfigErrorCodes = [
  "invalid-key",
  "missing-key",
  "key-file-corrupt",
  "key-file-permissions",
  "refuse-generate",
  "key-mismatch",
  "rotation",
] as const;
export type VaultConfigErrorCode = (typeof vaultConfigErrorCodes)[number];

export class VaultConfigError extends Error {
  readonly code: VaultConfigErrorCode;

  constructor(code: VaultConfigErrorCode, message: string) {
    super(message);
    this.name = "VaultConfigError";
    this.code = code;
  }
}

export function isVaultConfigError(error: unknown): error is VaultConfigError {
  return error instanceof VaultConfigError;
}
