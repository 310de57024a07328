import { db } from "../db/client";

export const SETUP_SETTING = "setup.completed";

/** First-run setup is done once the owner exists; from then on the setup page is gone for everyone. */
export async function isSetupComplete(): Promise<boolean> {
  return (await db().setting.count({ where: { key: SETUP_SETTING } })) > 0;
}
