import "server-only";

import { toAppError } from "../../errors/app-error";
import type { ConnectionRef } from "../../providers/core/types";
import { readAcross, withAdapter, type StartedRead } from "../core/connections";
import type { IptvAdapter, ReadOptions } from "./adapter";
import { knownKeys } from "./registry";
import type { SubscriptionKind } from "./subscription-kinds";
import type { IptvAdmin, IptvReseller, IptvServer, IptvStream, IptvSubscription, ResellerOption, SubscriptionProblem } from "./types";

/** One panel's lines (or MAG devices) as the list shows them, with what the create form needs from that panel. */
export interface SubscriptionList {
  items: IptvSubscription[];
  problems: SubscriptionProblem[];
  resellers: ResellerOption[];
}

/** A list of lines costs one info call per line; a panel answering slowly still gets this long before it shows as late. */
const SUBSCRIPTION_LIST_DEADLINE_MS = 30_000;

const byName =
  <T>(name: (item: T) => string) =>
  (a: T, b: T) =>
    name(a).localeCompare(name(b));

export const resellerOptions = (resellers: readonly IptvReseller[]): ResellerOption[] =>
  resellers.map((reseller) => ({ id: reseller.id, name: reseller.username })).sort(byName((option) => option.name));

/**
 * The lines (or MAG devices) the team tracks on one panel, each asked of the panel at once (the connection's
 * budget and breaker do the limiting). A key the panel no longer knows, or one that failed, is a problem row.
 */
async function subscriptionList(adapter: IptvAdapter, kind: SubscriptionKind, keys: readonly string[], options: ReadOptions): Promise<SubscriptionList> {
  const [resellers, settled] = await Promise.all([adapter.resellers(), Promise.allSettled(keys.map((key) => adapter.subscription({ kind, key }, options)))]);
  const items: IptvSubscription[] = [];
  const problems: SubscriptionProblem[] = [];
  settled.forEach((result, index) => {
    if (result.status === "fulfilled") items.push(result.value.subscription);
    else {
      const error = toAppError(result.reason, `iptv ${kind} info`);
      problems.push({ key: keys[index]!, missing: error.code === "not-found", message: error.message });
    }
  });
  return { items, problems, resellers: resellerOptions(resellers) };
}

/** Every panel's lines (or MAG devices), started at once; the page streams each panel's rows as it answers. */
export function startSubscriptionLists(teamId: string, kind: SubscriptionKind): Promise<StartedRead<SubscriptionList>[]> {
  const known = knownKeys(teamId, kind);
  // Awaited by each panel's read; a failure shows there, never as an unhandled rejection.
  known.catch(() => {});
  return readAcross(teamId, "iptv", async (adapter, connection) => subscriptionList(adapter, kind, (await known).get(connection.id) ?? [], {}), {
    deadlineMs: SUBSCRIPTION_LIST_DEADLINE_MS,
  });
}

/** One panel's lines (or MAG devices): the list's refresh; `fresh` asks the panel past the read cache. */
export function listConnectionSubscriptions(
  teamId: string,
  connectionId: string,
  kind: SubscriptionKind,
  options: ReadOptions = {},
): Promise<SubscriptionList> {
  return withAdapter(teamId, connectionId, "iptv", async (adapter, connection) =>
    subscriptionList(adapter, kind, (await knownKeys(teamId, kind, connection.id)).get(connection.id) ?? [], options),
  );
}

// The panel-wide lists: one read per panel, each sorted the way its page shows it.

type PanelRead<T> = (adapter: IptvAdapter, connection: ConnectionRef) => Promise<T>;

const readResellers: PanelRead<IptvReseller[]> = async (adapter) => (await adapter.resellers()).sort(byName((reseller) => reseller.username));
const readAdmins: PanelRead<IptvAdmin[]> = async (adapter) => (await adapter.admins()).sort(byName((admin) => admin.username));
/** Main server first, then by name. */
const readServers: PanelRead<IptvServer[]> = async (adapter) =>
  (await adapter.servers()).sort((a, b) => Number(b.isMain) - Number(a.isMain) || a.name.localeCompare(b.name));
/** Online first, then by name. */
const readStreams: PanelRead<IptvStream[]> = async (adapter) =>
  (await adapter.streams()).sort((a, b) => Number(b.online) - Number(a.online) || a.name.localeCompare(b.name));

const panelLists = { resellers: readResellers, admins: readAdmins, servers: readServers, streams: readStreams };
export type PanelList = keyof typeof panelLists;
export type PanelListRow<L extends PanelList> = Awaited<ReturnType<(typeof panelLists)[L]>>;

/** One panel-wide list (resellers, streams, servers, administrators) on every panel, started at once. */
export function startPanelLists<L extends PanelList>(teamId: string, list: L): Promise<StartedRead<PanelListRow<L>>[]> {
  return readAcross(teamId, "iptv", panelLists[list] as PanelRead<PanelListRow<L>>);
}

/** The same list of one panel: its refresh. */
export function listConnectionPanelList<L extends PanelList>(teamId: string, connectionId: string, list: L): Promise<PanelListRow<L>> {
  return withAdapter(teamId, connectionId, "iptv", panelLists[list] as PanelRead<PanelListRow<L>>);
}
