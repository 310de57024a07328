/** One address and its PTR, wherever it is managed. `ref` is the provider's owner of the address. */
export interface RdnsEntry {
  connectionId: string;
  connectionLabel: string;
  /** Time4VPS server id, XSServer service id or ip.php server id. */
  ref: string;
  refLabel: string;
  ip: string;
  /** "" when no PTR is set; null when the provider offers no way to read it (Time4VPS). */
  ptr: string | null;
}

/** One connection's part of the Reverse DNS page. */
export interface ConnectionRdns {
  /** The provider cannot list addresses: it is asked one address at a time, and takes any of the account's addresses. */
  lookupOnly: boolean;
  entries: RdnsEntry[];
  /** Which addresses this connection lets you name, said when it lists none. */
  note?: string;
}

/** What may be changed of one address: its connection, owner, address and the new host name. */
export interface RdnsChange {
  connectionId: string;
  ref?: string;
  ip: string;
  hostname: string;
}

export interface RdnsChangeResult {
  ip: string;
  connectionId: string;
  ok: boolean;
  message: string;
}
