import { ErrorNote } from "@/components/ui/states";
import { getLeaseUsage, listLeasePorts } from "@/lib/capabilities/proxies/read-proxies";
import { toFailureSummary } from "@/lib/errors/app-error";

import { PortsPanel } from "./ports-panel";
import { UsageBar } from "./usage-bar";

// The lease page's slower parts, each streamed in its own Suspense boundary once the lease itself is known.

interface LeaseSectionProps {
  teamId: string;
  connectionId: string;
  leaseId: number;
}

export async function LeaseUsage({ teamId, connectionId, leaseId, included }: LeaseSectionProps & { included: number }) {
  const read = await getLeaseUsage(teamId, connectionId, leaseId).then(
    (usage) => ({ usage, error: null }),
    (error: unknown) => ({ usage: null, error: toFailureSummary(error, "lease usage").message }),
  );
  return <UsageBar usage={read.usage} included={included} error={read.error} />;
}

export async function LeasePorts({ teamId, connectionId, leaseId, canChange }: LeaseSectionProps & { canChange: boolean }) {
  let ports;
  try {
    ports = await listLeasePorts(teamId, connectionId, leaseId);
  } catch (error) {
    return (
      <section aria-labelledby="ports-heading" className="space-y-3">
        <h2 id="ports-heading" className="text-lg font-semibold">
          Ports
        </h2>
        <ErrorNote>{toFailureSummary(error, "lease ports").message}</ErrorNote>
      </section>
    );
  }
  return <PortsPanel connectionId={connectionId} leaseId={leaseId} ports={ports} canChange={canChange} />;
}
