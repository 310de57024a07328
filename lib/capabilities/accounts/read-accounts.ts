import "server-only";

import { readAcross, withAdapter, type StartedRead } from "../core/connections";
import { sortNotifications } from "./account-rules";
import type { AccountsAdapter } from "./adapter";
import type { ProviderAccount } from "./types";

/** Details, and contacts and notifications where the provider has them, read in parallel. */
async function providerAccount(adapter: AccountsAdapter): Promise<ProviderAccount> {
  const [details, contacts, notifications] = await Promise.all([adapter.details(), adapter.contacts?.() ?? null, adapter.notifications?.() ?? null]);
  return { details, contacts, notifications: notifications && sortNotifications(notifications) };
}

/** Every provider account of the team, started at once; the page streams each as it settles. */
export function startAccountLists(teamId: string): Promise<StartedRead<ProviderAccount>[]> {
  return readAcross(teamId, "accounts", providerAccount);
}

/** One connection's account (its refresh). */
export function readConnectionAccount(teamId: string, connectionId: string): Promise<ProviderAccount> {
  return withAdapter(teamId, connectionId, "accounts", providerAccount);
}
