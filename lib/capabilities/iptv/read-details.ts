import "server-only";

import { notFound } from "../../errors/app-error";
import { withAdapter } from "../core/connections";
import { resellerOptions } from "./read-lists";
import { subscriptionKinds, type SubscriptionKind } from "./subscription-kinds";
import type { IptvServer, IptvSubscriptionDetail, ResellerOption } from "./types";

export interface SubscriptionDetailView extends IptvSubscriptionDetail {
  /** For the edit form's reseller choice. */
  resellers: ResellerOption[];
}

/**
 * One line's or MAG device's detail, always as the panel says it now. A key that cannot be one (a malformed
 * MAC), one the panel does not know, or another team's connection: not found.
 */
export function getSubscriptionDetail(teamId: string, connectionId: string, kind: SubscriptionKind, rawKey: string): Promise<SubscriptionDetailView> {
  const info = subscriptionKinds[kind];
  const key = info.parseKey(rawKey);
  if (key === null) return Promise.reject(notFound(`This ${info.one}`));
  return withAdapter(teamId, connectionId, "iptv", async (adapter) => {
    const [detail, resellers] = await Promise.all([adapter.subscription({ kind, key }, { fresh: true }), adapter.resellers()]);
    return { ...detail, resellers: resellerOptions(resellers) };
  });
}

/** One of the panel's servers (`servers/view`). */
export function getPanelServer(teamId: string, connectionId: string, serverId: number): Promise<IptvServer> {
  return withAdapter(teamId, connectionId, "iptv", (adapter) => adapter.server(serverId));
}
