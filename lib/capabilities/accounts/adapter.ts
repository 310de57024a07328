import type { AccountContact, AccountDetails, PortalNotification } from "./types";

/**
 * What a provider kind implements to describe its account (lib/providers/<kind>/adapters/). Provider-neutral:
 * the domain gets one per connection through lib/capabilities/core/connections and never sees a client.
 * The optional members are what only some kinds can do.
 */
export interface AccountsAdapter {
  details(): Promise<AccountDetails>;
  /** Contacts with their privileges. */
  contacts?(): Promise<AccountContact[]>;
  /** Portal notifications, in any order. */
  notifications?(): Promise<PortalNotification[]>;
  /** Marks a portal notification as read. */
  acknowledgeNotification?(notificationId: string): Promise<void>;
}
