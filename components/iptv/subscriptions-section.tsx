import { can } from "@/lib/auth/permissions";
import type { TeamContext } from "@/lib/auth/session";
import type { SubscriptionKind } from "@/lib/capabilities/iptv/audit-names";
import { nowSeconds } from "@/lib/capabilities/iptv/expiry";
import { listSubscriptions } from "@/lib/capabilities/iptv/subscriptions";

import { ConnectionErrors } from "./connection-errors";
import { NoIptvConnections } from "./no-connections";
import { SubscriptionsClient } from "./subscriptions-client";

/** Loads lines or MAG devices across the team's IPTV connections (streamed inside a Suspense boundary). */
export async function SubscriptionsSection({ context, kind, fresh }: { context: TeamContext; kind: SubscriptionKind; fresh: boolean }) {
  const results = await listSubscriptions(context.team.id, kind, { fresh });
  if (results.length === 0) return <NoIptvConnections />;
  const items = results.flatMap((result) => (result.ok ? result.value.items : []));
  const problems = results.flatMap((result) => (result.ok ? result.value.problems.map((problem) => ({ ...problem, connectionId: result.connection.id, connectionLabel: result.connection.label })) : []));
  const connections = results.filter((result) => result.ok).map((result) => ({ id: result.connection.id, label: result.connection.label, resellers: result.ok ? result.value.resellers : [] }));
  return (
    <>
      <ConnectionErrors results={results} />
      <SubscriptionsClient
        kind={kind}
        items={items}
        problems={problems}
        connections={connections}
        now={nowSeconds()}
        canChange={can(context.role, "resources:change")}
        canDestroy={can(context.role, "resources:destroy")}
      />
    </>
  );
}
