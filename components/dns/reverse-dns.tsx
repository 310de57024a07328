"use client";

import { Search } from "lucide-react";
import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { TextField } from "@/components/ui/field";
import { ErrorNote } from "@/components/ui/states";
import type { StartedRead } from "@/lib/capabilities/core/connections";
import { ipQuerySchema } from "@/lib/capabilities/network/action-schemas";
import type { ConnectionRdns, RdnsEntry } from "@/lib/capabilities/rdns/types";
import { useConnectionReads } from "@/lib/ui/use-connection-reads";

import { PtrCell } from "./ptr-editor";
import { RdnsBulk } from "./rdns-bulk";
import { usePtrLookup, useRefreshLookups } from "./use-rdns";

/** Every reverse-DNS connection's addresses, each shown as soon as its provider answers. */
export function ReverseDns({ lists, canChange }: { lists: StartedRead<ConnectionRdns>[]; canChange: boolean }) {
  const { states, refetchAll } = useConnectionReads(lists, { key: "rdns", url: (id) => `/api/dns/reverse/${encodeURIComponent(id)}` });
  const refreshLookups = useRefreshLookups();
  const refresh = () => {
    refetchAll();
    void refreshLookups();
  };
  const known = states.flatMap((state) => (state.status === "ok" ? state.data.entries : []));
  const labels = new Map(lists.map(({ connection }) => [connection.id, connection.label]));
  // A connection that cannot list its addresses takes any address of its account.
  const lookupConnections = states.flatMap((state) => (state.status === "ok" && state.data.lookupOnly ? [state.connection] : []));

  return (
    <div className="space-y-4">
      {canChange ? <RdnsBulk known={known} lookupConnections={lookupConnections} labels={labels} onApplied={refresh} /> : null}
      {states.map((state) => {
        const { connection } = state;
        return (
          <Card key={connection.id} className="overflow-hidden">
            <h2 className="border-b border-slate-200 px-4 py-3 font-semibold dark:border-slate-800">
              {connection.label} <span className="text-sm font-normal text-slate-500">({connection.kindLabel})</span>
            </h2>
            <div className="p-4">
              {state.status === "loading" ? (
                <div aria-busy="true" aria-label={`Loading addresses of ${connection.label}`} className="space-y-2">
                  {[0, 1].map((row) => (
                    <div key={row} className="h-8 animate-pulse rounded bg-slate-100 dark:bg-slate-800" />
                  ))}
                </div>
              ) : state.status === "error" ? (
                <ConnectionErrorRow label={connection.label} kindLabel={connection.kindLabel} message={state.message} />
              ) : state.data.lookupOnly ? (
                <PtrLookup connectionId={connection.id} canChange={canChange} onChanged={refresh} />
              ) : state.data.entries.length === 0 ? (
                <p className="text-sm text-slate-600 dark:text-slate-400">No addresses with a changeable PTR.{state.data.note ? ` ${state.data.note}` : ""}</p>
              ) : (
                <EntriesTable entries={state.data.entries} canChange={canChange} onChanged={refresh} />
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
            <th scope="col" className="py-2 pr-3">
              Address
            </th>
            <th scope="col" className="py-2 pr-3">
              Server / service
            </th>
            <th scope="col" className="py-2">
              PTR
            </th>
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
  const [inputError, setInputError] = useState<string>();
  const lookup = usePtrLookup(connectionId, ip);
  return (
    <div className="space-y-3">
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          const parsed = ipQuerySchema.safeParse({ ip: new FormData(event.currentTarget).get("ip") ?? "" });
          setInputError(parsed.success ? undefined : parsed.error.issues[0]?.message);
          if (parsed.success) setIp(parsed.data.ip);
        }}
      >
        <div className="min-w-[12rem] flex-1">
          <TextField
            label="Address to look up"
            name="ip"
            placeholder="192.0.2.10"
            autoComplete="off"
            help="This account answers for one address at a time."
            error={inputError}
          />
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
              <PtrCell
                key={`${lookup.data.ip}-${lookup.data.ptr}`}
                entry={lookup.data}
                canChange={canChange && Boolean(lookup.data.ref)}
                onChanged={onChanged}
              />
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
