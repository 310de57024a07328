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

const inventorySchema = z.object({ lines: z.array(z.string()), mags: z.array(z.string()) });

/**
 * The demo panel's lines and MAG devices, which the Xtream API cannot list: the simulator tells them on its control
 * route. Only ever called with a URL the start script launched (HOSTDECK_SANDBOX_URLS), never a user's connection.
 * Null when the sandbox does not answer in time: setup then simply lists none.
 */
export async function sandboxIptvInventory(baseUrl: string): Promise<z.output<typeof inventorySchema> | null> {
  try {
    const response = await fetch(new URL("/__sandbox/inventory", baseUrl), { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) return null;
    const parsed = inventorySchema.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
