import { expect } from "vitest";

import { isProviderError, type ProviderError, type ProviderErrorKind } from "../errors";

/** Awaits a rejection and checks it is the typed ProviderError the contract promises. */
export async function expectProviderError(
  promise: Promise<unknown>,
  kind: ProviderErrorKind,
  details: { field?: string; providerCode?: string; message?: RegExp } = {},
): Promise<ProviderError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(isProviderError(error), `expected a ProviderError, got ${String(error)}`).toBe(true);
  const providerError = error as ProviderError;
  expect(providerError.kind).toBe(kind);
  if (details.field !== undefined) expect(providerError.field).toBe(details.field);
  if (details.providerCode !== undefined) expect(providerError.providerCode).toBe(details.providerCode);
  if (details.message) expect(providerError.providerMessage ?? "").toMatch(details.message);
  return providerError;
}

/** Everything an error can show or log, checked for each secret. */
export function expectNoSecrets(error: ProviderError, secrets: readonly string[]): void {
  const cause = error.cause instanceof Error ? `${error.cause.message} ${error.cause.stack ?? ""}` : String(error.cause ?? "");
  const visible = [error.message, error.providerMessage ?? "", error.userMessage, JSON.stringify(error), error.stack ?? "", cause].join("\n");
  for (const secret of secrets) expect(visible).not.toContain(secret);
}

/** Awaits a promise that must fail with a ProviderError, and returns it; any other failure is rethrown. */
export async function providerFailure(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    if (isProviderError(error)) return error;
    throw error;
  }
  throw new Error("expected a ProviderError");
}
