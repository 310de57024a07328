"use client";

import { Download, Pencil, Plus, Trash2, Upload } from "lucide-react";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState, ErrorNote } from "@/components/ui/states";
import { deleteRecordAction } from "@/lib/capabilities/dns/actions";
import { usesPriority, type DnsRecord } from "@/lib/capabilities/dns/record-schema";
import type { ZoneDetail } from "@/lib/capabilities/dns/types";
import { useAction } from "@/lib/ui/use-action";

import { RecordForm } from "./record-form";
import { useDnsZone, useRefreshZone, zonePath, type ZoneKey } from "./use-dns-zone";
import { ZoneImport } from "./zone-import";

export function ZoneEditor({ zoneKey, initialData, canChange }: { zoneKey: ZoneKey; initialData: ZoneDetail; canChange: boolean }) {
  const query = useDnsZone(zoneKey, initialData);
  const refresh = useRefreshZone(zoneKey);
  const zone = query.data;
  const [panel, setPanel] = useState<"add" | "import" | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-2">
        {canChange ? (
          <Button onClick={() => setPanel(panel === "add" ? null : "add")} aria-expanded={panel === "add"}>
            <Plus className="h-4 w-4" aria-hidden /> Add record
          </Button>
        ) : null}
        <a
          href={`${zonePath(zoneKey)}/export`}
          download
          className="inline-flex h-10 items-center gap-2 rounded-md border border-slate-300 bg-white px-4 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800"
        >
          <Download className="h-4 w-4" aria-hidden /> Export zone file
        </a>
        {canChange ? (
          <Button variant="secondary" onClick={() => setPanel(panel === "import" ? null : "import")} aria-expanded={panel === "import"}>
            <Upload className="h-4 w-4" aria-hidden /> Import zone file
          </Button>
        ) : null}
      </div>

      {query.isError ? <ErrorNote>Could not refresh the zone: {query.error.message}</ErrorNote> : null}

      {panel === "add" ? (
        <Card className="p-4">
          <RecordForm
            zoneKey={zoneKey}
            zone={zone}
            onDone={() => {
              setPanel(null);
              void refresh();
            }}
          />
        </Card>
      ) : null}
      {panel === "import" ? (
        <Card className="p-4">
          <ZoneImport zoneKey={zoneKey} zone={zone} onApplied={() => void refresh()} onClose={() => setPanel(null)} />
        </Card>
      ) : null}

      {zone.records.length === 0 ? (
        <EmptyState title="No records in this zone">{canChange ? "Add a record or import a zone file." : "An operator can add records."}</EmptyState>
      ) : (
        <Card className="relative overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm" aria-label={`Records of ${zone.name}`}>
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500 dark:border-slate-800 dark:text-slate-400">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Name
                </th>
                <th scope="col" className="px-3 py-2">
                  Type
                </th>
                <th scope="col" className="px-3 py-2">
                  TTL
                </th>
                <th scope="col" className="px-3 py-2">
                  Priority
                </th>
                <th scope="col" className="px-3 py-2">
                  Content
                </th>
                {canChange ? (
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {zone.records.map((record) =>
                editing === record.id ? (
                  <tr key={record.id}>
                    <td colSpan={6} className="bg-slate-50 px-3 py-3 dark:bg-slate-950">
                      <RecordForm
                        zoneKey={zoneKey}
                        zone={zone}
                        editing={record}
                        onDone={() => {
                          setEditing(null);
                          void refresh();
                        }}
                      />
                    </td>
                  </tr>
                ) : (
                  <RecordRow
                    key={record.id}
                    record={record}
                    zoneKey={zoneKey}
                    canChange={canChange}
                    onEdit={() => setEditing(record.id)}
                    onDeleted={() => void refresh()}
                  />
                ),
              )}
            </tbody>
          </table>
        </Card>
      )}
    </div>
  );
}

function RecordRow({
  record,
  zoneKey,
  canChange,
  onEdit,
  onDeleted,
}: {
  record: DnsRecord;
  zoneKey: ZoneKey;
  canChange: boolean;
  onEdit: () => void;
  onDeleted: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const { run, pending, result } = useAction(deleteRecordAction, { onSuccess: onDeleted });
  const label = `${record.name} ${record.type} ${record.content}`;
  return (
    <tr data-testid="dns-record">
      <td className="px-3 py-2 font-medium">{record.name}</td>
      <td className="px-3 py-2">{record.type}</td>
      <td className="px-3 py-2 tabular-nums">{record.ttl}</td>
      <td className="px-3 py-2 tabular-nums">{usesPriority(record.type) ? record.priority : "—"}</td>
      <td className="max-w-[28rem] break-all px-3 py-2 font-mono text-xs">{record.content}</td>
      {canChange ? (
        <td className="whitespace-nowrap px-3 py-2 text-right">
          {confirming ? (
            <span className="inline-flex items-center gap-1">
              <Button size="sm" variant="danger" pending={pending} onClick={() => void run({ ...zoneKey, recordId: record.id })}>
                Delete
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
                Keep
              </Button>
            </span>
          ) : (
            <span className="inline-flex gap-1">
              <Button size="icon" variant="ghost" aria-label={`Edit ${label}`} onClick={onEdit}>
                <Pencil className="h-4 w-4" aria-hidden />
              </Button>
              <Button size="icon" variant="ghost" aria-label={`Delete ${label}`} onClick={() => setConfirming(true)}>
                <Trash2 className="h-4 w-4 text-red-600" aria-hidden />
              </Button>
            </span>
          )}
          {result && !result.ok ? (
            <p role="alert" className="mt-1 whitespace-normal text-left text-xs text-red-600">
              {result.error}
            </p>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}
