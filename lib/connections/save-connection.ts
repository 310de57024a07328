import { randomUUID } from "node:crypto";

import { z } from "zod";

import { AppError, fieldError } from "@/lib/errors/app-error";

import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { getProvider, providerKinds, type ProviderKind } from "../providers/core/registry";
import { checkBaseUrl } from "../providers/core/ssrf-guard";
import { secretFieldNames } from "./credential-fields";
import { restoreStoredSecrets, splitCredentials, STORED_SECRET_PLACEHOLDER } from "./secrets";
import { credentialsAad, getVault } from "./vault";

export const connectionLabel = z.string().trim().min(1, "Give the connection a name").max(80, "At most 80 characters");

export const connectionFields = z.object({
  label: connectionLabel,
  baseUrl: z.string().trim().min(1, "The API address is required").max(500).url("Enter a full URL, e.g. https://api.example.com"),
  requestsPerMinute: z
    .union([z.literal("").transform(() => null), z.coerce.number().int("A whole number").min(1, "At least 1").max(6000, "At most 6000")])
    .optional(),
  credentials: z.record(z.string(), z.string()).default({}),
});

export const createConnectionInput = connectionFields.extend({ kind: z.enum(providerKinds as [ProviderKind, ...ProviderKind[]]) });
export const updateConnectionInput = connectionFields.extend({ id: z.string().uuid() });

/** Refuses malformed URLs and hosts that resolve to private or reserved addresses; a name that does not
 * resolve right now is accepted (the guard checks again on every request). */
async function assertAllowedBaseUrl(baseUrl: string): Promise<void> {
  const check = await checkBaseUrl(baseUrl);
  if (!check.ok && (check.error.kind === "blocked-address" || check.error.kind === "invalid-input")) {
    throw fieldError("baseUrl", check.error.providerMessage ?? check.error.userMessage);
  }
}

/** Validates the kind's credentials; failures come back as field errors named `credentials.<field>`. */
function parseCredentials(kind: ProviderKind, credentials: Record<string, unknown>) {
  const result = getProvider(kind).credentials.safeParse(credentials);
  if (result.success) return result.data as Record<string, unknown>;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) (fieldErrors[`credentials.${issue.path.join(".")}`] ??= []).push(issue.message);
  throw new AppError("invalid-input", "Please correct the highlighted fields.", fieldErrors);
}

async function seal(kind: ProviderKind, connectionId: string, credentials: Record<string, unknown>) {
  const { settings, secrets } = splitCredentials(getProvider(kind).credentials, credentials);
  const vault = await getVault();
  return {
    settings: settings as Prisma.InputJsonValue,
    secretCiphertext: vault.encryptJson(secrets, credentialsAad(connectionId)),
    secretKeyId: vault.currentKeyId,
  };
}

export async function createConnection(teamId: string, input: z.output<typeof createConnectionInput>, options: { isSandbox?: boolean } = {}) {
  await assertAllowedBaseUrl(input.baseUrl);
  const credentials = parseCredentials(input.kind, input.credentials);
  const id = randomUUID();
  return db().connection.create({
    data: {
      id,
      teamId,
      kind: input.kind,
      label: input.label,
      baseUrl: input.baseUrl,
      requestsPerMinute: input.requestsPerMinute ?? null,
      isSandbox: options.isSandbox ?? false,
      ...(await seal(input.kind, id, credentials)),
    },
    select: { id: true, label: true, kind: true },
  });
}

/** Scheme, host and port (the default port of the scheme when none is written): where a secret is sent. */
function destination(baseUrl: string): string {
  const url = new URL(baseUrl);
  return `${url.protocol}//${url.hostname.toLowerCase()}:${url.port || (url.protocol === "https:" ? "443" : "80")}`;
}

/**
 * A stored secret only ever goes where it was saved for: when the scheme, host or port changes, every stored
 * secret must be typed again (the kind of a connection cannot change at all).
 */
function assertNoSecretFollowsToNewAddress(kind: ProviderKind, stored: string, next: string, credentials: Record<string, unknown>): void {
  if (destination(stored) === destination(next)) return;
  const kept = secretFieldNames(getProvider(kind).credentials).filter((name) => credentials[name] === STORED_SECRET_PLACEHOLDER);
  if (kept.length === 0) return;
  const fieldErrors = Object.fromEntries(
    kept.map((name) => [
      `credentials.${name}`,
      ["The address changed: enter this secret again. A stored secret is only sent to the address it was saved for."],
    ]),
  );
  throw new AppError("invalid-input", "Enter the secrets again for the new address.", fieldErrors);
}

/** Saving the placeholder of a stored secret keeps that secret (at the same address only); everything else is replaced. */
export async function updateConnection(teamId: string, input: z.output<typeof updateConnectionInput>) {
  const row = await db().connection.findFirst({ where: { id: input.id, teamId } });
  if (!row) throw new AppError("not-found", "This connection was not found.");
  const kind = row.kind as ProviderKind;
  if (input.baseUrl !== row.baseUrl) await assertAllowedBaseUrl(input.baseUrl);
  assertNoSecretFollowsToNewAddress(kind, row.baseUrl, input.baseUrl, input.credentials);
  const vault = await getVault();
  const storedSecrets = vault.decryptJson(row.secretCiphertext, credentialsAad(row.id)) as Record<string, unknown>;
  const credentials = parseCredentials(kind, restoreStoredSecrets(getProvider(kind).credentials, input.credentials, storedSecrets));
  return db().connection.update({
    where: { id: row.id },
    data: {
      label: input.label,
      baseUrl: input.baseUrl,
      requestsPerMinute: input.requestsPerMinute ?? null,
      lastError: null,
      lastErrorAt: null,
      ...(await seal(kind, row.id, credentials)),
    },
    select: { id: true, label: true, kind: true },
  });
}
