import { ExternalLink } from "lucide-react";
import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/states";
import { getUpgradeOptions, getVpnInfo, listPduPorts, listServiceAddons, listServiceIps } from "@/lib/capabilities/services/read-services";

import { AddonsPanel } from "./addons-panel";
import { formatBytes, formatDuration } from "./format";
import { PduPanel } from "./pdu-panel";
import { Section, SectionError } from "./section";
import { UpgradePanel } from "./upgrade-panel";

interface SectionProps {
  teamId: string;
  connectionId: string;
  serviceId: string;
}

export async function IpsSection({ teamId, connectionId, serviceId }: SectionProps) {
  const title = "IP addresses and reverse DNS";
  let ips;
  try {
    ips = await listServiceIps(teamId, connectionId, serviceId);
  } catch (error) {
    return <SectionError title={title} error={error} />;
  }
  return (
    <Section
      id="ips"
      title={title}
      description="PTR records as the provider reports them."
      actions={
        <Link href="/dns/reverse" className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">
          Edit reverse DNS <ExternalLink className="h-3.5 w-3.5" aria-hidden />
        </Link>
      }
    >
      {ips.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">The provider lists no IP addresses for this service.</p>
      ) : (
        <div className="-mx-4 overflow-x-auto sm:mx-0">
          <table className="w-full min-w-[22rem] text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="px-4 py-1.5 font-medium sm:px-2">Address</th>
                <th className="px-2 py-1.5 font-medium">Type</th>
                <th className="px-2 py-1.5 font-medium">PTR</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {ips.map((ip) => (
                <tr key={ip.address}>
                  <td className="px-4 py-1.5 font-mono text-xs sm:px-2">
                    <span>{ip.address}</span>
                    {ip.main ? (
                      <Badge tone="info" className="ml-2">
                        main
                      </Badge>
                    ) : null}
                  </td>
                  <td className="px-2 py-1.5">{ip.type}</td>
                  <td className="break-all px-2 py-1.5 font-mono text-xs">
                    {ip.ptr === undefined ? (
                      <span className="font-sans text-slate-500">not reported</span>
                    ) : (
                      (ip.ptr ?? <span className="font-sans text-slate-500">not set</span>)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

export async function PduSection({ teamId, connectionId, serviceId, canChange }: SectionProps & { canChange: boolean }) {
  const title = "PDU ports";
  let ports;
  try {
    ports = await listPduPorts(teamId, connectionId, serviceId);
  } catch (error) {
    return <SectionError title={title} error={error} />;
  }
  return (
    <Section id="pdu" title={title} description="Power outlets feeding this server. Switching one off cuts its power at once.">
      {ports.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No PDU outlet is assigned to this service.</p>
      ) : (
        <PduPanel connectionId={connectionId} serviceId={serviceId} ports={ports} canChange={canChange} />
      )}
    </Section>
  );
}

export async function VpnSection({ teamId, connectionId, serviceId }: SectionProps) {
  const title = "VPN";
  let vpn;
  try {
    vpn = await getVpnInfo(teamId, connectionId, serviceId);
  } catch (error) {
    return <SectionError title={title} error={error} />;
  }
  return (
    <Section id="vpn" title={title} description="Login name and live sessions. The password is not shown here.">
      <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-500">Username</dt>
        <dd className="font-mono">{vpn.username}</dd>
      </dl>
      <h3 className="mb-2 text-sm font-semibold">Sessions ({vpn.sessions.length})</h3>
      {vpn.sessions.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No one is connected right now.</p>
      ) : (
        <ul className="space-y-2">
          {vpn.sessions.map((session, index) => (
            <li key={`${session.remoteIp}-${index}`} className="rounded-md border border-slate-200 p-2 text-sm dark:border-slate-800">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-mono text-xs">{session.remoteIp}</span>
                {session.localIp ? <span className="text-xs text-slate-500">→ {session.localIp}</span> : null}
                {session.type ? <Badge>{session.type}</Badge> : null}
              </div>
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                {session.server ?? "Unknown server"} · {formatDuration(session.durationSeconds)} · ↓ {formatBytes(session.receivedBytes)} ↑{" "}
                {formatBytes(session.sentBytes)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {vpn.history.length > 0 ? (
        <>
          <h3 className="mb-2 mt-4 text-sm font-semibold">Usage</h3>
          <div className="-mx-4 overflow-x-auto sm:mx-0">
            <table className="w-full min-w-[24rem] text-left text-sm">
              <thead className="text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th className="px-4 py-1 font-medium sm:px-2">Period</th>
                  <th className="px-2 py-1 font-medium">Received</th>
                  <th className="px-2 py-1 font-medium">Sent</th>
                  <th className="px-2 py-1 font-medium">Quota</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {vpn.history.map((entry) => (
                  <tr key={entry.period}>
                    <td className="px-4 py-1 sm:px-2">{entry.period}</td>
                    <td className="px-2 py-1 tabular-nums">{formatBytes(entry.receivedBytes)}</td>
                    <td className="px-2 py-1 tabular-nums">{formatBytes(entry.sentBytes)}</td>
                    <td className="px-2 py-1 tabular-nums">{entry.quotaBytes ? formatBytes(entry.quotaBytes) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </Section>
  );
}

export async function UpgradeSection({ teamId, connectionId, serviceId, canChange, currency }: SectionProps & { canChange: boolean; currency: string | null }) {
  const title = "Upgrade";
  let options;
  try {
    options = await getUpgradeOptions(teamId, connectionId, serviceId);
  } catch (error) {
    return <SectionError title={title} error={error} />;
  }
  if (options.resources.length === 0 && options.packages.length === 0) {
    return (
      <Section id="upgrade" title={title}>
        <EmptyState title="No upgrades offered">The provider offers no upgrade for this service right now.</EmptyState>
      </Section>
    );
  }
  return (
    <Section id="upgrade" title={title} description="Prices are per billing cycle. Ask for an estimate first; the order is placed only after you confirm it.">
      <UpgradePanel connectionId={connectionId} serviceId={serviceId} options={options} canChange={canChange} currency={currency} />
    </Section>
  );
}

export async function AddonsSection({ teamId, connectionId, serviceId, canChange, live }: SectionProps & { canChange: boolean; live: boolean }) {
  const title = "Addons";
  let addons;
  try {
    addons = await listServiceAddons(teamId, connectionId, serviceId);
  } catch (error) {
    return <SectionError title={title} error={error} />;
  }
  return (
    <Section id="addons" title={title}>
      <AddonsPanel connectionId={connectionId} serviceId={serviceId} addons={addons} canChange={canChange && live} />
    </Section>
  );
}
