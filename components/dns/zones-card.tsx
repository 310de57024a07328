"use client";

import { Globe, Plus, Trash2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { SelectField, TextField } from "@/components/ui/field";
import { ErrorNote } from "@/components/ui/states";
import { addZoneAction, deleteZoneAction } from "@/lib/capabilities/dns/actions";
import type { ConnectionZones, ZoneSummary } from "@/lib/capabilities/dns/types";
import { useAction } from "@/lib/ui/use-action";

export function ZonesCard({
  connection,
  data,
  canChange,
  canDestroy,
  onChanged,
}: {
  connection: { id: string; label: string };
  data: ConnectionZones;
  canChange: boolean;
  canDestroy: boolean;
  /** A zone was added or deleted: read the list again. */
  onChanged: () => void;
}) {
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<ZoneSummary | null>(null);
  const serviceLabel = new Map(data.services.map((service) => [service.id, service.label]));

  return (
    <Card className="overflow-hidden" aria-labelledby={`zones-${connection.id}`}>
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-3 dark:border-slate-800">
        <h2 id={`zones-${connection.id}`} className="font-semibold">
          {connection.label} <Badge className="ml-1">{data.zones.length} zones</Badge>
        </h2>
        {canChange && data.services.length > 0 ? (
          <Button size="sm" variant="secondary" onClick={() => setAdding(true)}>
            <Plus className="h-4 w-4" aria-hidden /> Add zone
          </Button>
        ) : null}
      </div>
      {data.zones.length === 0 ? (
        <p className="px-4 py-6 text-sm text-slate-600 dark:text-slate-400">
          No zones on this account yet.{canChange && data.services.length > 0 ? " Add one to a DNS service." : ""}
          {data.services.length === 0 ? " This account has no service that offers DNS." : ""}
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label={`Zones of ${connection.label}`}>
          {data.zones.map((zone) => (
            <li key={zone.id} className="flex items-center gap-3 px-4 py-3">
              <Globe className="h-4 w-4 shrink-0 text-slate-400" aria-hidden />
              <div className="min-w-0 flex-1">
                <Link
                  href={`/dns/${connection.id}/${zone.serviceId}/${zone.id}`}
                  className="break-all font-medium text-brand-600 hover:underline dark:text-brand-100"
                >
                  {zone.name}
                </Link>
                <p className="truncate text-xs text-slate-500 dark:text-slate-400">{serviceLabel.get(zone.serviceId) ?? `Service #${zone.serviceId}`}</p>
              </div>
              {canDestroy ? (
                <Button size="icon" variant="ghost" aria-label={`Delete zone ${zone.name}`} onClick={() => setDeleting(zone)}>
                  <Trash2 className="h-4 w-4 text-red-600" aria-hidden />
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Dialog open={adding} onOpenChange={setAdding} title="Add a zone" description={`On ${connection.label}. The provider creates its NS records.`}>
        {adding ? <AddZoneForm connectionId={connection.id} services={data.services} onDone={() => setAdding(false)} onAdded={onChanged} /> : null}
      </Dialog>
      {deleting ? (
        <Dialog
          open
          onOpenChange={(open) => !open && setDeleting(null)}
          title={`Delete zone ${deleting.name}?`}
          description="The zone and every record in it are deleted at the provider. This cannot be undone."
        >
          <DeleteZoneConfirm connectionId={connection.id} zone={deleting} onDone={() => setDeleting(null)} onDeleted={onChanged} />
        </Dialog>
      ) : null}
    </Card>
  );
}

function AddZoneForm({
  connectionId,
  services,
  onDone,
  onAdded,
}: {
  connectionId: string;
  services: ConnectionZones["services"];
  onDone: () => void;
  onAdded: () => void;
}) {
  const { run, pending, result, fieldError } = useAction(addZoneAction, {
    onSuccess: () => {
      onDone();
      onAdded();
    },
  });
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        form.set("connectionId", connectionId);
        void run(form);
      }}
    >
      <SelectField
        label="Service"
        name="serviceId"
        options={services.map((service) => ({ value: service.id, label: service.label }))}
        error={fieldError("serviceId")}
      />
      <TextField label="Domain name" name="name" placeholder="example.com" autoComplete="off" required error={fieldError("name")} />
      <div aria-live="polite">{result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" pending={pending}>
          Add zone
        </Button>
      </div>
    </form>
  );
}

function DeleteZoneConfirm({ connectionId, zone, onDone, onDeleted }: { connectionId: string; zone: ZoneSummary; onDone: () => void; onDeleted: () => void }) {
  const { run, pending, result } = useAction(deleteZoneAction, {
    onSuccess: () => {
      onDone();
      onDeleted();
    },
  });
  return (
    <div className="space-y-4">
      <div aria-live="polite">{result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>
          Keep the zone
        </Button>
        <Button variant="danger" pending={pending} onClick={() => void run({ connectionId, serviceId: zone.serviceId, zoneId: zone.id })}>
          Delete {zone.name}
        </Button>
      </div>
    </div>
  );
}

export function ZonesSkeleton({ label }: { label: string }) {
  return (
    <Card className="p-4" aria-busy="true" aria-label={`Loading zones of ${label}`}>
      <p className="text-sm font-semibold">{label}</p>
      <div className="mt-3 space-y-2">
        {[0, 1, 2].map((row) => (
          <div key={row} className="h-9 animate-pulse rounded bg-slate-100 dark:bg-slate-800" />
        ))}
      </div>
    </Card>
  );
}
