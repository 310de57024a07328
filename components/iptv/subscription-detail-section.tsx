import Link from "next/link";

import { EmptyState } from "@/components/ui/states";
import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/auth/permissions";
import type { TeamContext } from "@/lib/auth/session";
import type { SubscriptionKind } from "@/lib/capabilities/iptv/audit-names";
import { nowSeconds } from "@/lib/capabilities/iptv/expiry";
import { getSubscription } from "@/lib/capabilities/iptv/subscriptions";
import { isProviderError } from "@/lib/providers/core/errors";

import { ConnectionErrorRow } from "../ui/connection-error";
import { SubscriptionDetailClient } from "./subscription-detail-client";

/** `line/info` / `mag/info` of one item, resolved through the team's own connection. */
export async function SubscriptionDetailSection({ context, kind, connectionId, rawKey }: { context: TeamContext; kind: SubscriptionKind; connectionId: string; rawKey: string }) {
  let key = rawKey;
  try {
    key = decodeURIComponent(rawKey);
  } catch {
    // Already decoded (a key with a literal "%").
  }
  const listHref = kind === "line" ? "/iptv/lines" : "/iptv/mag";
  let detail: Awaited<ReturnType<typeof getSubscription>>;
  try {
    detail = await getSubscription(context.team.id, connectionId, kind, key);
  } catch (error) {
    const notFound = (error instanceof AppError && error.code === "not-found") || (isProviderError(error) && error.kind === "not-found");
    if (notFound) {
      return (
        <EmptyState title={`${kind === "line" ? "Line" : "MAG device"} not found`}>
          The panel does not know {key}, or the connection is not this team’s.{" "}
          <Link href={listHref} className="font-medium text-brand-600 underline">
            Back to the list
          </Link>
        </EmptyState>
      );
    }
    if (isProviderError(error)) return <ConnectionErrorRow label="IPTV panel" message={error.userMessage} />;
    throw error;
  }
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
