"use client";

import { Power, PowerOff } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorNote, SuccessNote } from "@/components/ui/states";
import { setPduPowerAction } from "@/lib/capabilities/services/actions";
import type { PduPort } from "@/lib/capabilities/services/types";
import { useAction } from "@/lib/ui/use-action";

export function PduPanel({ connectionId, serviceId, ports, canChange }: { connectionId: string; serviceId: string; ports: PduPort[]; canChange: boolean }) {
  const router = useRouter();
  const [target, setTarget] = useState<{ port: PduPort; power: boolean } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { run, pending, result, reset } = useAction(setPduPowerAction, {
    onSuccess: () => {
      if (target) setDone(`${target.port.name ?? `Port ${target.port.id}`} switched ${target.power ? "on" : "off"}.`);
      setTarget(null);
      router.refresh();
    },
  });
  const name = (port: PduPort) => port.name ?? `Port ${port.id}`;

  return (
    <div className="space-y-3">
      <div aria-live="polite">{done ? <SuccessNote>{done}</SuccessNote> : null}</div>
      <ul className="divide-y divide-slate-100 dark:divide-slate-800">
        {ports.map((port) => (
          <li key={port.id} className="flex flex-wrap items-center gap-3 py-2" data-testid="pdu-port">
            <div className="min-w-0 flex-1">
              <p className="font-medium">{name(port)}</p>
              <p className="text-xs text-slate-500">
                {port.pdu ?? "PDU"} · outlet {port.outlet ?? "?"}
              </p>
            </div>
            <Badge tone={port.power ? "good" : "bad"}>{port.power ? "On" : "Off"}</Badge>
            {canChange ? (
              <Button
                size="sm"
                variant={port.power ? "danger" : "secondary"}
                onClick={() => {
                  reset();
                  setDone(null);
                  setTarget({ port, power: !port.power });
                }}
              >
                {port.power ? <PowerOff className="h-4 w-4" aria-hidden /> : <Power className="h-4 w-4" aria-hidden />}
                {port.power ? "Power off" : "Power on"}
                <span className="sr-only"> {name(port)}</span>
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <Dialog
        open={target !== null}
        onOpenChange={(open) => (open ? null : setTarget(null))}
        title={target?.power ? "Power on this outlet?" : "Power off this outlet?"}
        description={
          target
            ? target.power
              ? `${name(target.port)} (${target.port.pdu ?? "PDU"}, outlet ${target.port.outlet ?? "?"}) will be switched on.`
              : `${name(target.port)} (${target.port.pdu ?? "PDU"}, outlet ${target.port.outlet ?? "?"}) will be switched off: the server behind it loses power at once.`
            : undefined
        }
      >
        <div className="space-y-3">
          <div aria-live="polite">{result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setTarget(null)}>
              Keep as is
            </Button>
            <Button
              variant={target?.power ? "primary" : "danger"}
              pending={pending}
              onClick={() => target && void run({ connectionId, serviceId, portId: target.port.id, power: target.power })}
            >
              {target?.power ? "Power on" : "Power off"}
            </Button>
          </div>
        </div>
      </Dialog>
    </div>
  );
}
