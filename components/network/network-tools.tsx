"use client";

import { format } from "date-fns";
import { Search } from "lucide-react";
import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { SelectField, TextField } from "@/components/ui/field";
import { ErrorNote, SuccessNote } from "@/components/ui/states";
import { freeIpsQuerySchema, ipQuerySchema, trafficQuerySchema } from "@/lib/capabilities/network/action-schemas";
import { setMainIpAction } from "@/lib/capabilities/network/actions";
import { trafficPeriods, type TrafficReport } from "@/lib/capabilities/network/traffic";
import { useAction } from "@/lib/ui/use-action";

import { TrafficChart } from "./traffic-chart";
import { useFreeIps, useIpDetails, useTraffic } from "./use-network";

export function NetworkTools({ connectionId, canDestroy }: { connectionId: string; canDestroy: boolean }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <IpLookup connectionId={connectionId} canDestroy={canDestroy} />
      <FreeIps connectionId={connectionId} />
      <div className="lg:col-span-2">
        <Traffic connectionId={connectionId} />
      </div>
    </div>
  );
}

function IpLookup({ connectionId, canDestroy }: { connectionId: string; canDestroy: boolean }) {
  const [ip, setIp] = useState<string | null>(null);
  const [inputError, setInputError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const query = useIpDetails(connectionId, ip);
  const details = query.data;
  const rows: [string, string][] = details
    ? [
        ["Address", details.ip],
        ["Network", details.prefix !== undefined ? `${details.network}/${details.prefix}` : details.network],
        ["Mask", details.mask],
        ["Gateway", details.gateway],
        ["Broadcast", details.broadcast ?? "—"],
        ["VLAN", details.vlan == null ? "—" : String(details.vlan)],
        ["Location", details.location ?? "—"],
        ["Server", details.serverId ? `#${details.serverId}` : "not assigned"],
        ["Role", details.ipmi ? "IPMI" : details.main ? "Main IP" : "Additional"],
        ["PTR", details.ptr || "—"],
        ["Description", details.description || "—"],
      ]
    : [];
  return (
    <Card className="space-y-3 p-4">
      <h2 className="font-semibold">IP lookup</h2>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          const parsed = ipQuerySchema.safeParse({ ip: new FormData(event.currentTarget).get("ip") ?? "" });
          setInputError(parsed.success ? undefined : parsed.error.issues[0]?.message);
          if (parsed.success) setIp(parsed.data.ip);
        }}
      >
        <div className="min-w-[10rem] flex-1">
          <TextField label="IP address" name="ip" placeholder="192.0.2.10" autoComplete="off" error={inputError} />
        </div>
        <Button type="submit" variant="secondary" pending={query.isFetching}>
          <Search className="h-4 w-4" aria-hidden /> Look up
        </Button>
      </form>
      <div aria-live="polite">
        {query.isError ? <ErrorNote>{query.error.message}</ErrorNote> : null}
        {details ? (
          <>
            <dl className="grid grid-cols-[7rem_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm" data-testid="ip-details">
              {rows.map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
                  <dd className="break-all font-mono text-xs leading-5">{value}</dd>
                </div>
              ))}
            </dl>
            {canDestroy && details.serverId && !details.main && !details.ipmi ? (
              <Button className="mt-3" variant="danger" size="sm" onClick={() => setConfirming(true)}>
                Make main IP of server #{details.serverId}
              </Button>
            ) : null}
          </>
        ) : null}
      </div>
      {confirming && details?.serverId ? (
        <Dialog
          open
          onOpenChange={(open) => !open && setConfirming(false)}
          title={`Make ${details.ip} the main IP?`}
          description={`Server #${details.serverId} will use ${details.ip} as its main IPv4. Its current main address stops being main; services bound to it may break.`}
        >
          <SetMainForm
            connectionId={connectionId}
            serverId={details.serverId}
            ip={details.ip}
            onDone={() => {
              setConfirming(false);
              void query.refetch();
            }}
          />
        </Dialog>
      ) : null}
    </Card>
  );
}

function SetMainForm({ connectionId, serverId, ip, onDone }: { connectionId: string; serverId: number; ip: string; onDone: () => void }) {
  const { run, pending, result, fieldError } = useAction(setMainIpAction, { onSuccess: onDone });
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        void run({ connectionId, serverId: String(serverId), ip, confirm: String(new FormData(event.currentTarget).get("confirm") ?? "") });
      }}
    >
      <TextField label={`Type ${ip} to confirm`} name="confirm" autoComplete="off" error={fieldError("confirm")} />
      <div aria-live="polite">{result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" pending={pending}>
          Set main IP
        </Button>
      </div>
    </form>
  );
}

function FreeIps({ connectionId }: { connectionId: string }) {
  const [search, setSearch] = useState<{ location: string; excludeSpecial: boolean } | null>(null);
  const [inputError, setInputError] = useState<string>();
  const query = useFreeIps(connectionId, search);
  return (
    <Card className="space-y-3 p-4">
      <h2 className="font-semibold">Free IPs of a location</h2>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const parsed = freeIpsQuerySchema.safeParse({
            location: form.get("location") ?? "",
            excludeSpecial: form.get("excludeSpecial") === "on" ? "1" : "0",
          });
          setInputError(parsed.success ? undefined : parsed.error.issues[0]?.message);
          if (parsed.success) setSearch(parsed.data);
        }}
      >
        <div className="w-32">
          <TextField label="Location" name="location" defaultValue="NL" list="network-locations" autoComplete="off" error={inputError} />
          <datalist id="network-locations">
            <option value="NL" />
            <option value="DE" />
            <option value="US" />
          </datalist>
        </div>
        <label className="mb-2 inline-flex items-center gap-2 text-sm">
          <input type="checkbox" name="excludeSpecial" defaultChecked className="h-4 w-4" /> Leave out special addresses
        </label>
        <Button type="submit" variant="secondary" pending={query.isFetching}>
          List free IPs
        </Button>
      </form>
      <div aria-live="polite">
        {query.isError ? <ErrorNote>{query.error.message}</ErrorNote> : null}
        {query.data ? (
          query.data.ips.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">No free addresses in {query.data.location}.</p>
          ) : (
            <>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {query.data.ips.length} free in {query.data.location}
              </p>
              <ul className="mt-2 flex max-h-48 flex-wrap gap-1 overflow-y-auto" aria-label={`Free IPs in ${query.data.location}`}>
                {query.data.ips.map((free) => (
                  <li key={free}>
                    <Badge className="font-mono">{free}</Badge>
                  </li>
                ))}
              </ul>
            </>
          )
        ) : null}
      </div>
    </Card>
  );
}

function Traffic({ connectionId }: { connectionId: string }) {
  const [search, setSearch] = useState<{ ip: string; days: string } | null>(null);
  const [inputError, setInputError] = useState<string>();
  const [detailed, setDetailed] = useState(false);
  const query = useTraffic(connectionId, search);
  return (
    <Card className="space-y-3 p-4">
      <h2 className="font-semibold">Traffic</h2>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const parsed = trafficQuerySchema.safeParse({ ip: form.get("ip") ?? "", days: form.get("days") ?? "7" });
          setInputError(parsed.success ? undefined : parsed.error.issues[0]?.message);
          if (parsed.success) setSearch({ ip: parsed.data.ip, days: String(parsed.data.days) });
        }}
      >
        <div className="min-w-[10rem] flex-1">
          <TextField label="Traffic of IP" name="ip" placeholder="192.0.2.10" autoComplete="off" error={inputError} />
        </div>
        <div className="w-44">
          <SelectField label="Period" name="days" defaultValue="7" options={trafficPeriods.map((period) => ({ value: period.value, label: period.label }))} />
        </div>
        <Button type="submit" variant="secondary" pending={query.isFetching}>
          Show traffic
        </Button>
      </form>
      <div aria-live="polite" className="space-y-3">
        {query.isError ? <ErrorNote>{query.error.message}</ErrorNote> : null}
        {query.data ? <TrafficView report={query.data} detailed={detailed} onToggle={() => setDetailed(!detailed)} /> : null}
      </div>
    </Card>
  );
}

function TrafficView({ report, detailed, onToggle }: { report: TrafficReport; detailed: boolean; onToggle: () => void }) {
  const pattern = report.bucket === "hour" ? "d MMM HH:mm" : "EEE d MMM yyyy";
  return (
    <>
      <SuccessNote>
        <span data-testid="traffic-summary">
          {report.ip}, {format(new Date(report.from * 1000), "d MMM")} – {format(new Date(report.to * 1000), "d MMM yyyy")}:{" "}
          <strong>{report.summary.inGb} GB in</strong>, <strong>{report.summary.outGb} GB out</strong>
        </span>
      </SuccessNote>
      <TrafficChart report={report} />
      <Button size="sm" variant="ghost" onClick={onToggle} aria-expanded={detailed}>
        {detailed ? "Hide detailed view" : "Show detailed view"}
      </Button>
      {detailed ? (
        <div className="max-h-80 overflow-auto rounded-md border border-slate-200 dark:border-slate-800">
          <table className="w-full text-left text-sm" aria-label={`Traffic of ${report.ip} per ${report.bucket}`}>
            <thead className="sticky top-0 bg-white text-xs uppercase text-slate-500 dark:bg-slate-900">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {report.bucket === "hour" ? "Hour" : "Day"}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  In (GB)
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Out (GB)
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {report.buckets.map((bucket) => (
                <tr key={bucket.start}>
                  <td className="px-3 py-1">{format(new Date(bucket.start * 1000), pattern)}</td>
                  <td className="px-3 py-1 text-right tabular-nums">{bucket.inGb.toFixed(3)}</td>
                  <td className="px-3 py-1 text-right tabular-nums">{bucket.outGb.toFixed(3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
