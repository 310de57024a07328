import { sandboxOrigin, type SandboxKind } from "./env";

export interface FaultSettings {
  latencyMs?: number;
  mode?: "none" | "http-500" | "http-503" | "timeout" | "html" | "malformed-json" | "expired-credentials" | "task-failure";
  rate?: number;
  remaining?: number;
  pathContains?: string;
  /** The provider's rate limit, answered the provider's way (sandbox/README.md). */
  rateLimitPerMinute?: number;
}

/** Injects a fault into one simulator; tests clear it in afterEach with `clearFaults`. */
export async function setFault(kind: SandboxKind, settings: FaultSettings): Promise<void> {
  const response = await fetch(`${sandboxOrigin(kind)}/__sandbox/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(settings),
  });
  if (!response.ok) throw new Error(`setFault(${kind}) failed: ${response.status} ${await response.text()}`);
}

export async function clearFaults(kind: SandboxKind): Promise<void> {
  await fetch(`${sandboxOrigin(kind)}/__sandbox/faults`, { method: "DELETE" });
}

/** Back to the seeded data (and no faults). */
export async function resetSandbox(kind: SandboxKind): Promise<void> {
  const response = await fetch(`${sandboxOrigin(kind)}/__sandbox/reset`, { method: "POST" });
  if (!response.ok) throw new Error(`resetSandbox(${kind}) failed: ${response.status}`);
}

/** Any kind-specific control route under /__sandbox (e.g. "tasks/complete" for time4vps). */
export async function sandboxControl(kind: SandboxKind, route: string, body: unknown = {}): Promise<unknown> {
  const response = await fetch(`${sandboxOrigin(kind)}/__sandbox/${route}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`sandbox ${kind} ${route}: ${response.status} ${await response.text()}`);
  return response.json();
}
