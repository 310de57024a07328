"use client";

import { AccountCard } from "@/components/accounts/account-card";
import { accountsRoute } from "@/components/accounts/accounts-route";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { EmptyState } from "@/components/ui/states";
import type { ProviderAccount } from "@/lib/capabilities/accounts/types";
import type { StartedRead } from "@/lib/capabilities/core/connections";
import { useConnectionReads } from "@/lib/ui/use-connection-reads";

/** One card per provider account, each shown as its provider answers. */
export function AccountsClient({ lists, canAck }: { lists: StartedRead<ProviderAccount>[]; canAck: boolean }) {
  const { states } = useConnectionReads(lists, accountsRoute);
  if (lists.length === 0) {
    return <EmptyState title="No provider account connected">Connect a Time4VPS or XSServer account to see its details here.</EmptyState>;
  }
  return (
    <div className="space-y-4">
      {states.map((state) => {
        if (state.status === "error")
          return <ConnectionErrorRow key={state.connection.id} label={state.connection.label} kindLabel={state.connection.kindLabel} message={state.message} />;
        if (state.status === "loading") return <SectionSkeleton key={state.connection.id} label={`Loading ${state.connection.label}…`} rows={6} />;
        return <AccountCard key={state.connection.id} connection={state.connection} account={state.data} canAck={canAck} />;
      })}
    </div>
  );
}
