import { INVALID_MAC, normalizeMac } from "./mac";

/** What Hostdeck manages on a panel besides its accounts: lines (by username) and MAG devices (by MAC). */
export const subscriptionKindValues = ["line", "mag"] as const;
export type SubscriptionKind = (typeof subscriptionKindValues)[number];

export interface SubscriptionKindInfo {
  one: string;
  many: string;
  One: string;
  /** What the panel finds one by. */
  keyLabel: string;
  keysLabel: string;
  listPath: string;
  /** The list's name in the IPTV read route (/api/iptv/<connection>/<list>). */
  list: "lines" | "mag";
  /** The key as the panel stores it, or null when the text cannot be one (a line's username is taken as typed). */
  parseKey(text: string): string | null;
  invalidKey: string;
}

/** Everything that differs between a line and a MAG device, in one place (no branches on the kind elsewhere). */
export const subscriptionKinds: Record<SubscriptionKind, SubscriptionKindInfo> = {
  line: {
    one: "line",
    many: "lines",
    One: "Line",
    keyLabel: "Username",
    keysLabel: "Usernames",
    listPath: "/iptv/lines",
    list: "lines",
    parseKey: (text) => text.trim() || null,
    invalidKey: "A username is required",
  },
  mag: {
    one: "MAG device",
    many: "MAG devices",
    One: "MAG device",
    keyLabel: "MAC address",
    keysLabel: "MAC addresses",
    listPath: "/iptv/mag",
    list: "mag",
    parseKey: normalizeMac,
    invalidKey: INVALID_MAC,
  },
};

/** "1 line", "3 MAG devices". */
export function countOf(kind: SubscriptionKind, count: number): string {
  const info = subscriptionKinds[kind];
  return `${count} ${count === 1 ? info.one : info.many}`;
}

export const subscriptionHref = (kind: SubscriptionKind, connectionId: string, key: string) =>
  `${subscriptionKinds[kind].listPath}/${connectionId}/${encodeURIComponent(key)}`;
