import { z } from "zod";

import { providerKinds, type ProviderKind } from "../providers/core/registry";

export const SANDBOX_URLS_ENV = "HOSTDECK_SANDBOX_URLS";

const sandboxUrls = z.record(z.string(), z.string().url());

/** Base URL per kind of the sandbox the start script launched, or null when none runs beside this server. */
export function sandboxBaseUrls(env: NodeJS.ProcessEnv = process.env): Partial<Record<ProviderKind, string>> | null {
  const raw = env[SANDBOX_URLS_ENV];
  if (!raw) return null;
  const parsed = sandboxUrls.safeParse(JSON.parse(raw));
  if (!parsed.success) return null;
  const urls: Partial<Record<ProviderKind, string>> = {};
  for (const kind of providerKinds) if (parsed.data[kind]) urls[kind] = parsed.data[kind];
  return urls;
}
