import { ArrowLeft } from "lucide-react";
import Link from "next/link";

import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { nowSeconds } from "@/lib/capabilities/iptv/expiry";
import { getSubscriptionDetail } from "@/lib/capabilities/iptv/read-details";
import { subscriptionKinds, type SubscriptionKind } from "@/lib/capabilities/iptv/subscription-kinds";
import { loadForPage } from "@/lib/errors/page-outcome";

import { SubscriptionDetailClient } from "./subscription-detail-client";

/** A URL's key segment as typed: decoded once (a key with a literal "%" may already be). */
function decodedKey(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The detail page of a line or MAG device: `line/info` / `mag/info` through the team's own connection, read
 * before anything is sent, so an unknown key or another team's connection answers 404.
 */
export async function SubscriptionDetailPage({ kind, params }: { kind: SubscriptionKind; params: { connectionId: string; key: string } }) {
  const context = await requireTeamContext();
  const noun = subscriptionKinds[kind];
  const loaded = await loadForPage(() => getSubscriptionDetail(context.team.id, params.connectionId, kind, decodedKey(params.key)), `iptv ${noun.one} page`);
  if (!loaded.ok) {
    return (
      <div className="space-y-4">
        <Link href={noun.listPath} className="inline-flex items-center gap-1 text-sm text-brand-600 hover:underline dark:text-brand-100">
          <ArrowLeft className="h-4 w-4" aria-hidden /> All {noun.many}
        </Link>
        <ConnectionErrorRow label="IPTV panel" message={loaded.message} />
      </div>
    );
  }
  const detail = loaded.value;
  return (
    <SubscriptionDetailClient
      kind={kind}
      subscription={detail.subscription}
      viewers={detail.connections}
      channelIds={detail.channelIds}
      resellers={detail.resellers}
      now={nowSeconds()}
      canChange={can(context.role, "resources:change")}
      canDestroy={can(context.role, "resources:destroy")}
    />
  );
}
