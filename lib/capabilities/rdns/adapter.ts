/** One address whose PTR a connection can name, as the provider knows it. */
export interface RdnsAddress {
  /** The provider's owner of the address (server or service id); "" when it has none. */
  ref: string;
  refLabel: string;
  ip: string;
  /** "" when no PTR is set; null when the provider has no way to say (Time4VPS documents none). */
  ptr: string | null;
}

/** One PTR to set: the owner is known for listed addresses, and looked up by the provider otherwise. */
export interface PtrChange {
  ref?: string;
  ip: string;
  hostname: string;
}

/** Sets one PTR after another within one batch; answers what happened, in words. */
export type PtrWriter = (change: PtrChange) => Promise<string>;

/**
 * What a provider kind implements to name addresses (lib/providers/<kind>/adapters/). A kind lists the addresses
 * it lets you name, or, when it cannot list them, looks one address up at a time.
 */
export interface RdnsAdapter {
  /** Every address whose PTR can be changed, with its current PTR. */
  list?(): Promise<RdnsAddress[]>;
  /** One address, its owner and PTR (for a kind that answers one address at a time). */
  lookup?(ip: string): Promise<RdnsAddress>;
  /** Said beside an empty list: which addresses this kind lets you name. */
  listNote?: string;
  /**
   * A writer for one batch of changes on this connection, called once per address, in order (a kind that runs
   * one task per server waits for the previous one before the next).
   */
  ptrWriter(): PtrWriter;
}
