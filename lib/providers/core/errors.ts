/** Every way a provider call can fail, in words the UI can act on. */
export const providerErrorKinds = [
  "auth",
  "not-found",
  "invalid-input",
  "conflict",
  "out-of-stock",
  "rate-limited",
  "upstream-down",
  "timeout",
  "bad-response",
  "blocked-address",
  "not-implemented",
] as const;

export type ProviderErrorKind = (typeof providerErrorKinds)[number];

const defaultMessages: Record<ProviderErrorKind, string> = {
  auth: "The provider refused the credentials.",
  "not-found": "The provider does not know this item.",
  "invalid-input": "The provider rejected the request.",
  conflict: "The provider reports a conflict with existing data.",
  "out-of-stock": "The provider has nothing available for this request.",
  "rate-limited": "Too many requests to this provider; try again shortly.",
  "upstream-down": "The provider is not answering properly right now.",
  timeout: "The provider did not answer in time.",
  "bad-response": "The provider answered with something Hostdeck could not understand.",
  "blocked-address": "This address is not allowed for provider connections.",
  "not-implemented": "Not implemented yet.",
};

export interface ProviderErrorOptions {
  /** The provider's own words, kept for the user (never contains a credential). */
  providerMessage?: string;
  /** Provider error code, e.g. X4B `code` or HostBill's error token. */
  providerCode?: string;
  status?: number;
  /** The field the provider complained about, when it is clear. */
  field?: string;
  cause?: unknown;
}

/**
 * Marks every ProviderError. The server bundles pages and routes separately, each with its own copy of this
 * module, while opened connections (whose clients throw these) are shared between them: `instanceof` answers by
 * the mark, so an error thrown by another copy of the class keeps its meaning.
 */
const providerErrorMark = Symbol.for("hostdeck.ProviderError");

export class ProviderError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && providerErrorMark in value;
  }

  readonly kind: ProviderErrorKind;
  readonly providerMessage?: string;
  readonly providerCode?: string;
  readonly status?: number;
  readonly field?: string;

  constructor(kind: ProviderErrorKind, options: ProviderErrorOptions = {}) {
    super(options.providerMessage ?? defaultMessages[kind], { cause: options.cause });
    this.name = "ProviderError";
    Object.defineProperty(this, providerErrorMark, { value: true });
    this.kind = kind;
    this.providerMessage = options.providerMessage;
    this.providerCode = options.providerCode;
    this.status = options.status;
    this.field = options.field;
  }

  /** A message fit for the user: the kind's meaning plus the provider's words when it gave some. */
  get userMessage(): string {
    const base = defaultMessages[this.kind];
    return this.providerMessage && this.providerMessage !== base ? `${base} (${this.providerMessage})` : base;
  }

  toJSON(): SerializedProviderError {
    return { kind: this.kind, message: this.userMessage, providerCode: this.providerCode, status: this.status };
  }
}

export interface SerializedProviderError {
  kind: ProviderErrorKind;
  message: string;
  providerCode?: string;
  status?: number;
}

export function isProviderError(error: unknown): error is ProviderError {
  return error instanceof ProviderError;
}

/** HTTP status → kind, for providers whose status codes carry meaning. */
export function kindFromStatus(status: number): ProviderErrorKind | undefined {
  if (status === 401 || status === 403) return "auth";
  if (status === 404) return "not-found";
  if (status === 409) return "conflict";
  if (status === 400 || status === 422) return "invalid-input";
  if (status === 429) return "rate-limited";
  if (status >= 500) return "upstream-down";
  return undefined;
}
