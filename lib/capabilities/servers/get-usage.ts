import "server-only";

import { withConnection } from "../core/connections";
import { serverClient } from "./client";
import { usageHistoryOf } from "./map-server";
import type { UsageGraph, UsageMonth } from "./types";

export function getUsageHistory(teamId: string, connectionId: string, serverId: string): Promise<UsageMonth[]> {
  return withConnection(teamId, connectionId, async (opened) => usageHistoryOf(await serverClient(opened).getUsageHistory({ server_id: serverId })));
}

/**
 * Time4VPS answers protocol-relative links (`//host/graph.php?…`). They are made absolute: https for the
 * provider, http only for a loopback sandbox. Anything else than http(s) is dropped.
 */
export function absoluteGraphUrl(url: string): string | null {
  const withScheme = url.startsWith("//") ? `${/^\/\/(127\.0\.0\.1|localhost|\[::1\])(:|\/)/.test(url) ? "http:" : "https:"}${url}` : url;
  try {
    const parsed = new URL(withScheme);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/** Graph image links, valid for about five minutes: the page asks again before they expire. */
export async function getUsageGraphs(teamId: string, connectionId: string, serverId: string, width: number): Promise<UsageGraph[]> {
  const graphs = await withConnection(teamId, connectionId, async (opened) => serverClient(opened).getUsageGraphs({ server_id: serverId, width }));
  return graphs.flatMap((graph) => {
    const url = absoluteGraphUrl(graph.url);
    if (!url) return [];
    const [resource = graph.type, period = ""] = graph.type.split("_");
    return [{ type: graph.type, resource, period, url }];
  });
}
