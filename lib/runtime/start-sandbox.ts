import { ALLOWED_HOSTS_ENV } from "../providers/core/allow-list";
import { SANDBOX_URLS_ENV } from "../setup/sandbox";
import { onShutdown } from "./shutdown";

/**
 * The provider sandbox in the server's own process (no second Node.js process to pay for): loaded only
 * when enabled, it tells first-run setup where it listens and lets the SSRF guard reach its ports. Changes made
 * through a simulator's control API clear the read cache, as if the console had just met that provider.
 */
export async function startSandboxBeside(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const [{ parseFaultsEnv, startSandboxes }, { onSandboxControl }, { readCache }] = await Promise.all([
    import("../../sandbox/start"),
    import("../../sandbox/core/app"),
    import("../providers/core/read-cache/read-cache"),
  ]);
  const sandboxes = await startSandboxes({ faults: parseFaultsEnv(env.HOSTDECK_SANDBOX_FAULTS) }).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The provider sandbox could not start (${reason}); free its ports, set SANDBOX_<KIND>_PORT, or HOSTDECK_SANDBOX=off.`);
  });
  const hosts = Object.values(sandboxes.origins).map((origin) => new URL(origin).host);
  env[SANDBOX_URLS_ENV] = JSON.stringify(sandboxes.baseUrls);
  env[ALLOWED_HOSTS_ENV] = [env[ALLOWED_HOSTS_ENV], ...hosts].filter(Boolean).join(",");
  // A simulator reset or a fault set through its control API changes what it answers: forget what was read.
  onSandboxControl(() => void readCache().clear());
  onShutdown("services", "provider sandbox", () => sandboxes.close());
  console.log(`Provider sandbox: ${Object.values(sandboxes.origins).join(" ")}`);
}
