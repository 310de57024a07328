import type { z } from "zod";

import type {
  createAdminSchema,
  createResellerSchema,
  createSubscriptionSchema,
  updateAdminSchema,
  updateResellerSchema,
  updateServerSchema,
  updateSubscriptionSchema,
} from "./schemas";
import type { SubscriptionKind } from "./subscription-kinds";
import type { IptvAdmin, IptvReseller, IptvServer, IptvStream, IptvSubscriptionDetail } from "./types";

/** A form's input without the connection it was sent to (the adapter already is that connection's). */
type Unrouted<T> = T extends unknown ? Omit<T, "connectionId"> : never;

export type NewSubscription = Unrouted<z.output<typeof createSubscriptionSchema>>;
export type SubscriptionEdit = Unrouted<z.output<typeof updateSubscriptionSchema>>;
export type NewReseller = Unrouted<z.output<typeof createResellerSchema>>;
export type ResellerEdit = Unrouted<z.output<typeof updateResellerSchema>>;
export type ServerEdit = Unrouted<z.output<typeof updateServerSchema>>;
export type NewAdmin = Unrouted<z.output<typeof createAdminSchema>>;
export type AdminEdit = Unrouted<z.output<typeof updateAdminSchema>>;

/** A line (by username) or a MAG device (by its canonical MAC). */
export interface SubscriptionRef {
  kind: SubscriptionKind;
  key: string;
}

/** The changes extend and enable/disable make; absent fields stay as they are. */
export interface SubscriptionState {
  /** Unix seconds: the new absolute expiry. */
  expiresAt?: number;
  disabled?: boolean;
}

export interface CreatedSubscription {
  id: number;
  key: string;
  /** A line's password (typed or generated), shown once; null for a MAG device. */
  password: string | null;
}

export interface ReadOptions {
  /** Read past the provider read cache: the user asked for what the panel says now, or a change depends on it. */
  fresh?: boolean;
}

/**
 * What a provider kind implements to offer IPTV panels (lib/providers/<kind>/adapters/iptv.ts). Provider-neutral:
 * callers get one per connection from the capability layer and never see a client. Reads go through the
 * connection's read cache unless `fresh`.
 */
export interface IptvAdapter {
  /** One line's or MAG device's state, viewers and channels; a key the panel does not know is not found. */
  subscription(ref: SubscriptionRef, options?: ReadOptions): Promise<IptvSubscriptionDetail>;
  createSubscription(input: NewSubscription): Promise<CreatedSubscription>;
  updateSubscription(edit: SubscriptionEdit): Promise<void>;
  setSubscriptionState(ref: SubscriptionRef, state: SubscriptionState): Promise<void>;
  deleteSubscription(ref: SubscriptionRef): Promise<void>;

  resellers(): Promise<IptvReseller[]>;
  createReseller(input: NewReseller): Promise<{ id: number; username: string; password: string | null }>;
  /** Credits are not edited here: they change through addResellerCredits, so the ledger sees every change. */
  updateReseller(edit: ResellerEdit): Promise<{ username: string }>;
  /** A negative amount takes credits back; the answer is the panel's new balance. */
  addResellerCredits(resellerId: number, credits: number): Promise<{ resellerId: number; username: string; balance: number }>;

  streams(): Promise<IptvStream[]>;
  /** Starts (or restarts) a stream, or stops it. */
  setStreamRunning(streamId: number, running: boolean): Promise<void>;

  servers(): Promise<IptvServer[]>;
  server(serverId: number): Promise<IptvServer>;
  updateServer(edit: ServerEdit): Promise<{ name: string; ip: string }>;

  admins(): Promise<IptvAdmin[]>;
  createAdmin(input: NewAdmin): Promise<{ id: number; username: string }>;
  updateAdmin(edit: AdminEdit): Promise<{ username: string }>;
}
