import type { RunningSandboxes } from "../../sandbox/start";
import { createConnection } from "../connections/save-connection";
import { getProvider, type ProviderKind } from "../providers/core/registry";

/** A connection of the team to a running sandbox, with the simulator's credentials, as first-run setup makes it. */
export function seedSandboxConnection(teamId: string, sandboxes: RunningSandboxes, kind: ProviderKind, requestsPerMinute = 600) {
  const provider = getProvider(kind);
  return createConnection(
    teamId,
    {
      kind,
      label: `${provider.label} ${Math.random().toString(36).slice(2, 8)}`,
      baseUrl: sandboxes.baseUrls[kind],
      requestsPerMinute,
      credentials: Object.fromEntries(Object.entries(provider.sandbox.credentials).map(([k, v]) => [k, String(v)])),
    },
    { isSandbox: true },
  );
}
