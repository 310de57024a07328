import { afterAll, beforeAll, beforeEach, expect } from "vitest";

import { startTime4vpsSandbox, type RunningTime4vpsSandbox } from "../../../sandbox/time4vps/testing";
import type { ProviderError, ProviderErrorKind } from "../core/errors";
import { createTransport } from "../core/http";
import { providerFailure } from "../core/testing/expect-provider-error";
import { createTime4vpsClient, type Time4vpsClient, type Time4vpsCredentials } from "./time4vps-client";

export const demoCredentials: Time4vpsCredentials = { username: "demo@example.com", password: "demo-pass" };

let counter = 0;

/** Starts one sandbox for the file, resets it before each test, and builds clients on fresh connections. */
export function withTime4vpsSandbox() {
  const holder: { running?: RunningTime4vpsSandbox } = {};
  beforeAll(async () => {
    holder.running = await startTime4vpsSandbox();
  });
  afterAll(async () => {
    await holder.running?.close();
  });
  beforeEach(() => holder.running?.reset());

  const running = () => {
    if (!holder.running) throw new Error("sandbox not started");
    return holder.running;
  };

  function client(credentials: Partial<Time4vpsCredentials> = {}, timeoutMs = 5_000): Time4vpsClient {
    counter += 1;
    const connectionId = `time4vps-test-${process.pid}-${counter}`;
    const { baseUrl } = running();
    return createTime4vpsClient({
      connectionId,
      baseUrl,
      credentials: { ...demoCredentials, ...credentials },
      transport: createTransport({ connectionId, baseUrl, allowedHosts: ["127.0.0.1"], retry: { maxRetries: 0 }, timeoutMs }),
    });
  }

  return { running, client };
}

export { providerFailure as failure };

/** A provider-side refusal: the kind, and the provider's own words kept. */
export async function refused(promise: Promise<unknown>, kind: ProviderErrorKind, words?: RegExp): Promise<ProviderError> {
  const error = await providerFailure(promise);
  expect(error.kind).toBe(kind);
  expect(error.status).toBeDefined();
  if (words) expect(error.providerMessage).toMatch(words);
  return error;
}

/** Refused by the client's own validation, before any request (no HTTP status). */
export async function invalidInput(promise: Promise<unknown>, field: string): Promise<ProviderError> {
  const error = await providerFailure(promise);
  expect(error.kind).toBe("invalid-input");
  expect(error.status).toBeUndefined();
  expect(error.field).toBe(field);
  return error;
}
