/**
 * Ports and folders of one e2e run: its own console port, sandbox ports and data folder, so a running
 * `npm start` (or another e2e run) is never touched. Override with E2E_PORT, E2E_SANDBOX_BASE_PORT, E2E_DATA_DIR.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://localhost:${E2E_PORT}`;

const sandboxBase = Number(process.env.E2E_SANDBOX_BASE_PORT ?? 4210);
export const sandboxPorts = {
  x4b: sandboxBase + 1,
  xtream: sandboxBase + 2,
  time4vps: sandboxBase + 3,
  xsserver: sandboxBase + 4,
  ipmodule: sandboxBase + 5,
} as const;
export type SandboxKind = keyof typeof sandboxPorts;

export const sandboxOrigin = (kind: SandboxKind) => `http://127.0.0.1:${sandboxPorts[kind]}`;

/** The embedded database the e2e server starts on: fresh each run, local only. */
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? ".e2e";
export const E2E_DATABASE_URL = `pglite:./${E2E_DATA_DIR}/pglite`;
