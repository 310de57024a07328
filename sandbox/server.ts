import { parseFaultsEnv, startSandboxes } from "./start";

const running = await startSandboxes({ faults: parseFaultsEnv(process.env.HOSTDECK_SANDBOX_FAULTS) });
console.log("Hostdeck provider sandbox is running:");
for (const [kind, url] of Object.entries(running.baseUrls)) console.log(`  ${kind.padEnd(9)} ${url}`);

const stop = () => void running.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
