"use client";

import { Search } from "lucide-react";
import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { TextField } from "@/components/ui/field";
import { ErrorNote } from "@/components/ui/states";
import type { RdnsEntry } from "@/lib/capabilities/rdns/types";

import { PtrCell } from "./ptr-editor";
import { RdnsBulk } from "./rdns-bulk";
import { usePtrLookup, useRdnsConnections, useRefreshRdns } from "./use-rdns";

export interface RdnsConnection {
  id: string;
  label: string;
  kind: string;
  kindLabel: string;
}

export function ReverseDns({ connections, canChange }: { connections: RdnsConnection[]; canChange: boolean }) {
  const queries = useRdnsConnections(connections.map((connection) => connection.id));
  const refresh = useRefreshRdns();
  const known = queries.flatMap((query) => query.data?.entries ?? []);
  const labels = new Map(connections.map((connection) => [connection.id, connection.label]));
  const ipmodule = connections.filter((connection) => connection.kind === "ipmodule");

  return (
    <div className="space-y-4">
      {canChange ? <RdnsBulk known={known} ipmoduleConnections={ipmodule} labels={labels} onApplied={() => void refresh()} /> : null}
      {connections.map((connection, index) => {
        const query = queries[index]!;
        return (
          <Card key={connection.id} className="overflow-hidden">
            <h2 className="border-b border-slate-200 px-4 py-3 font-semibold dark:border-slate-800">
              {connection.label} <span className="text-sm font-normal text-slate-500">({connection.kindLabel})</span>
            </h2>
            <div className="p-4">
              {query.isPending ? (
                <div aria-busy="true" aria-label={`Loading addresses of ${connection.label}`} className="space-y-2">
                  {[0, 1].map((row) => (
                    <div key={row} className="h-8 animate-pulse rounded bg-slate-100 dark:bg-slate-800" />
                  ))}
                </div>
              ) : query.isError ? (
                <ConnectionErrorRow label={connection.label} kindLabel={connection.kindLabel} message={query.error.message} />
              ) : query.data.lookupOnly ? (
                <PtrLookup connectionId={connection.id} canChange={canChange} onChanged={() => void refresh()} />
              ) : query.data.entries.length === 0 ? (
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  No addresses with a changeable PTR{connection.kind === "time4vps" ? " (Time4VPS changes the PTR of additional IPs only)" : ""}.
                </p>
              ) : (
                <EntriesTable entries={query.data.entries} canChange={canChange} onChanged={() => void refresh()} />
              )}
            </div>
          </Card>
        );
      })}
    </div>
  );
}

function EntriesTable({ entries, canChange, onChanged }: { entries: RdnsEntry[]; canChange: boolean; onChanged: () => void }) {
  return (
    <div className="-mx-4 overflow-x-auto px-4">
      <table className="w-full min-w-[34rem] text-left text-sm">
        <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-2 pr-3">Address</th>
            <th scope="col" className="py-2 pr-3">Server / service</th>
            <th scope="col" className="py-2">PTR</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {entries.map((entry) => (
            <tr key={`${entry.ref}-${entry.ip}`} data-testid="rdns-entry" className="align-top">
              <td className="py-2 pr-3 font-mono text-xs">{entry.ip}</td>
              <td className="py-2 pr-3 text-xs text-slate-600 dark:text-slate-400">{entry.refLabel}</td>
              <td className="py-2">
                <PtrCell entry={entry} canChange={canChange} onChanged={onChanged} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** ip.php lists no addresses: look one up (get_ip, get_ptr), then edit its PTR. */
function PtrLookup({ connectionId, canChange, onChanged }: { connectionId: string; canChange: boolean; onChanged: () => void }) {
  const [ip, setIp] = useState<string | null>(null);
  const lookup = usePtrLookup(connectionId, ip);
  return (
    <div className="space-y-3">
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          setIp(String(new FormData(event.currentTarget).get("ip") ?? "").trim() || null);
        }}
      >
        <div className="min-w-[12rem] flex-1">
          <TextField label="Address to look up" name="ip" placeholder="192.0.2.10" autoComplete="off" help="ip.php answers for one address at a time." />
        </div>
        <Button type="submit" variant="secondary" pending={lookup.isFetching} className="mb-5">
          <Search className="h-4 w-4" aria-hidden /> Look up
        </Button>
      </form>
      <div aria-live="polite">
        {lookup.isError ? <ErrorNote>{lookup.error.message}</ErrorNote> : null}
        {lookup.data ? (
          <div className="rounded-md border border-slate-200 p-3 dark:border-slate-800" data-testid="rdns-lookup">
            <p className="text-sm">
              <span className="font-mono">{lookup.data.ip}</span> <Badge>{lookup.data.refLabel}</Badge>
            </p>
            <div className="mt-2">
              <PtrCell key={`${lookup.data.ip}-${lookup.data.ptr}`} entry={lookup.data} canChange={canChange && Boolean(lookup.data.ref)} onChanged={onChanged} />
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
