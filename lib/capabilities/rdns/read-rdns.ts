import "server-only";

import type { ConnectionRef } from "../../providers/core/types";
import { readAcross, withAdapter, type StartedRead } from "../core/connections";
import { requireRead } from "../core/require-feature";
import type { RdnsAdapter, RdnsAddress } from "./adapter";
import type { ConnectionRdns, RdnsEntry } from "./types";

const entryOf = (connection: ConnectionRef, address: RdnsAddress): RdnsEntry => ({
  connectionId: connection.id,
  connectionLabel: connection.label,
  ...address,
});

/** Every address whose PTR this connection can change, with its PTR; a kind that cannot list is lookup-only. */
export async function readRdns(rdns: RdnsAdapter, connection: ConnectionRef): Promise<ConnectionRdns> {
  if (!rdns.list) return { lookupOnly: true, entries: [] };
  const addresses = await rdns.list();
  return { lookupOnly: false, entries: addresses.map((address) => entryOf(connection, address)), ...(rdns.listNote ? { note: rdns.listNote } : {}) };
}

/** Every reverse-DNS connection's addresses, started at once; the page streams each as it settles. */
export function startRdnsLists(teamId: string): Promise<StartedRead<ConnectionRdns>[]> {
  return readAcross(teamId, "rdns", (rdns, connection) => readRdns(rdns, connection));
}

/** One connection's addresses (the list's refresh). */
export function listConnectionRdns(teamId: string, connectionId: string): Promise<ConnectionRdns> {
  return withAdapter(teamId, connectionId, "rdns", (rdns, connection) => readRdns(rdns, connection));
}

/** One address of a lookup-only connection: its owner and PTR. */
export function lookupPtr(teamId: string, connectionId: string, ip: string): Promise<RdnsEntry> {
  return withAdapter(teamId, connectionId, "rdns", async (rdns, connection) => entryOf(connection, await requireRead(rdns.lookup, "Address lookup")(ip)));
}
