import { db } from "../db/client";

export const SETUP_SETTING = "setup.completed";

const remembered = globalThis as { hostdeckSetupComplete?: boolean };

/**
 * First-run setup is done once the owner exists; from then on the setup page is gone for everyone. Once true it
 * stays true, so the answer is kept for the life of the process (no read per page view).
 */
export async function isSetupComplete(): Promise<boolean> {
  if (remembered.hostdeckSetupComplete) return true;
  const complete = (await db().setting.count({ where: { key: SETUP_SETTING } })) > 0;
  if (complete) remembered.hostdeckSetupComplete = true;
  return complete;
}
