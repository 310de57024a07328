import "server-only";

import type { OpenedConnection } from "../../connections/open-connection";
import { fanOut } from "../../providers/core/fan-out";
import type { XtreamClient } from "../../providers/xtream/client";
import { fanOutConnections, withConnection, type PerConnection } from "../core/connections";
import type { SubscriptionKind } from "./audit-names";
import { iptvClient } from "./client";
import { readCachedInfo, writeCachedInfo } from "./info-cache";
import { mapLineInfo, mapMagInfo } from "./mapping";
import { isTracked, knownKeys } from "./registry";
import type { IptvSubscription, IptvSubscriptionDetail, ResellerOption, SubscriptionProblem } from "./types";

/** Info calls in flight per connection while a list loads. */
const INFO_CONCURRENCY = 6;

export async function resellerOptions(client: XtreamClient): Promise<ResellerOption[]> {
  const rows = await client.listResellers();
  return rows.map((row) => ({ id: row.id, name: row.username })).sort((a, b) => a.name.localeCompare(b.name));
}

/** One line's or MAG device's info, from the short cache unless `fresh`. */
export async function readSubscription(
  kind: SubscriptionKind,
  opened: OpenedConnection,
  client: XtreamClient,
  key: string,
  resellers: ReadonlyMap<number, string>,
  options: { fresh?: boolean; store?: boolean } = {},
): Promise<IptvSubscriptionDetail> {
  const connection = { id: opened.connection.id, label: opened.connection.label };
  if (!options.fresh) {
    const cached = readCachedInfo(kind, connection.id, key);
    if (cached) return cached;
  }
  const detail =
    kind === "line"
      ? mapLineInfo(await client.getLineInfo({ username: key }), connection, resellers)
      : mapMagInfo(await client.getMagInfo({ mac_address: key }), connection, resellers);
  if (options.store !== false) writeCachedInfo(kind, connection.id, key, detail);
  return detail;
}

export interface SubscriptionList {
  items: IptvSubscription[];
  problems: SubscriptionProblem[];
  resellers: ResellerOption[];
}

/**
 * Every line (or MAG device) the team created or imported through Hostdeck, on every IPTV connection: the known
 * keys come from the tracked items (lib/capabilities/iptv/registry.ts), their state from the panel (`line/info` / `mag/info`, bounded concurrency).
 */
export async function listSubscriptions(teamId: string, kind: SubscriptionKind, options: { fresh?: boolean } = {}): Promise<PerConnection<SubscriptionList>[]> {
  const known = await knownKeys(teamId, kind);
  return fanOutConnections(
    teamId,
    "iptv",
    async (opened) => {
      const client = iptvClient(opened);
      const resellers = await resellerOptions(client);
      const names = new Map(resellers.map((reseller) => [reseller.id, reseller.name]));
      const keys = known.get(opened.connection.id) ?? [];
      const results = await fanOut(keys, (key) => readSubscription(kind, opened, client, key, names, { fresh: options.fresh }), {
        concurrency: INFO_CONCURRENCY,
        timeoutMs: 15_000,
      });
      const items: IptvSubscription[] = [];
      const problems: SubscriptionProblem[] = [];
      for (const result of results) {
        if (result.ok) items.push(result.value.subscription);
        else problems.push({ key: result.item, missing: result.error.kind === "not-found", message: result.error.message });
      }
      return { items, problems, resellers };
    },
    { timeoutMs: 60_000 },
  );
}

export interface SubscriptionDetailView extends IptvSubscriptionDetail {
  resellers: ResellerOption[];
  tracked: boolean;
}

/** One line's or MAG device's detail, always fresh from the panel. */
export async function getSubscription(teamId: string, connectionId: string, kind: SubscriptionKind, key: string): Promise<SubscriptionDetailView> {
  return withConnection(teamId, connectionId, async (opened) => {
    const client = iptvClient(opened);
    const resellers = await resellerOptions(client);
    const names = new Map(resellers.map((reseller) => [reseller.id, reseller.name]));
    const detail = await readSubscription(kind, opened, client, key, names, { fresh: true });
    const tracked = await isTracked(teamId, opened.connection.id, kind, key);
    return { ...detail, resellers, tracked };
  });
}
