"use client";

import { Pencil, Plus, ShieldCheck, Trash2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState, ErrorNote, SuccessNote } from "@/components/ui/states";
import { deleteProxyPort } from "@/lib/capabilities/proxies/actions";
import type { ProxyPort } from "@/lib/capabilities/proxies/types";
import { useAction } from "@/lib/ui/use-action";

import { AddPortDialog, EditPortDialog } from "./port-form-dialogs";

const portName = (port: ProxyPort) => `port ${port.from}${port.domain ? ` (${port.domain})` : ""}`;

/** A lease's ports: list, and for operators add, edit and delete (Port/delete matches front port and domain). */
export function PortsPanel({ connectionId, leaseId, ports, canChange }: { connectionId: string; leaseId: number; ports: ProxyPort[]; canChange: boolean }) {
  const router = useRouter();
  const [adding, setAdding] = useState(0);
  const [editing, setEditing] = useState<ProxyPort | null>(null);
  const [deleting, setDeleting] = useState<ProxyPort | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setAdding(0);
    setEditing(null);
    setDeleting(null);
    setNotice(message);
    router.refresh();
  };
  const remove = useAction(deleteProxyPort, {
    onSuccess: (data) =>
      done(`Deleted ${deleting ? portName(deleting) : "the port"}${data.deleted > 1 ? ` and ${data.deleted - 1} other port(s) on the same front port` : ""}.`),
  });
  // Without a domain, X4B deletes every port on that front port: say so before it happens.
  const alsoDeleted = deleting && !deleting.domain ? ports.filter((p) => p.id !== deleting.id && p.from === deleting.from) : [];

  return (
    <section aria-labelledby="ports-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="ports-heading" className="text-lg font-semibold">
          Ports
        </h2>
        {canChange ? (
          <Button size="sm" onClick={() => (setNotice(null), setAdding((n) => n + 1))}>
            <Plus className="h-4 w-4" aria-hidden /> Add port
          </Button>
        ) : null}
      </div>
      <div aria-live="polite">{notice ? <SuccessNote>{notice}</SuccessNote> : null}</div>
      {ports.length === 0 ? (
        <EmptyState title="No ports yet">
          {canChange ? "Add a port to forward traffic from the proxy to your backend." : "Nothing is forwarded by this lease yet."}
        </EmptyState>
      ) : (
        <Card className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm" aria-label="Ports">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500 dark:border-slate-800 dark:text-slate-400">
              <tr>
                <th className="px-4 py-2 font-medium">From</th>
                <th className="px-4 py-2 font-medium">To</th>
                <th className="px-4 py-2 font-medium">Backend</th>
                <th className="px-4 py-2 font-medium">Type</th>
                <th className="px-4 py-2 font-medium">Keep-alive</th>
                <th className="px-4 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {ports.map((port) => (
                <tr key={port.id} data-testid={`port-${port.id}`}>
                  <td className="px-4 py-3 tabular-nums">
                    <span className="font-medium">{port.from}</span>
                    {port.domain ? <span className="block text-xs text-slate-500 dark:text-slate-400">{port.domain}</span> : null}
                  </td>
                  <td className="px-4 py-3 tabular-nums">{port.to}</td>
                  <td className="px-4 py-3 font-mono text-xs">{port.addr}</td>
                  <td className="px-4 py-3">
                    <Badge tone={port.type === "http" ? "info" : "neutral"}>{port.type.toUpperCase()}</Badge>
                  </td>
                  <td className="px-4 py-3">{port.keepalive ? "On" : "Off"}</td>
                  <td className="px-4 py-3">
                    <div className="flex justify-end gap-1">
                      {port.type === "http" ? (
                        <Link
                          href={`/proxies/${connectionId}/${leaseId}/ports/${port.id}`}
                          className="inline-flex h-8 items-center gap-1 rounded-md px-2 text-sm font-medium text-brand-700 hover:bg-slate-100 dark:text-brand-100 dark:hover:bg-slate-800"
                          aria-label={`ACL rules of ${portName(port)}`}
                        >
                          <ShieldCheck className="h-4 w-4" aria-hidden /> ACL
                        </Link>
                      ) : null}
                      {canChange ? (
                        <>
                          <Button variant="ghost" size="sm" aria-label={`Edit ${portName(port)}`} onClick={() => (setNotice(null), setEditing(port))}>
                            <Pencil className="h-4 w-4" aria-hidden />
                          </Button>
                          <Button
                            variant="ghost"
                            size="sm"
                            aria-label={`Delete ${portName(port)}`}
                            onClick={() => (setNotice(null), remove.reset(), setDeleting(port))}
                          >
                            <Trash2 className="h-4 w-4 text-red-600" aria-hidden />
                          </Button>
                        </>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      {canChange ? (
        <>
          <AddPortDialog
            key={`add-${adding}`}
            open={adding > 0}
            onOpenChange={(open) => setAdding(open ? adding : 0)}
            connectionId={connectionId}
            leaseId={leaseId}
            onDone={done}
          />
          <EditPortDialog
            key={`edit-${editing?.id ?? "none"}`}
            port={editing}
            onOpenChange={(open) => (open ? null : setEditing(null))}
            connectionId={connectionId}
            leaseId={leaseId}
            onDone={done}
          />
          <Dialog
            open={deleting !== null}
            onOpenChange={(open) => (open ? null : setDeleting(null))}
            title={deleting ? `Delete ${portName(deleting)}?` : "Delete port"}
            description="The proxy stops forwarding this port, and its ACL rules are deleted too."
          >
            {alsoDeleted.length ? (
              <ErrorNote className="mb-3">
                X4B deletes every port on front port {deleting?.from} when no domain is given: {alsoDeleted.map(portName).join(", ")} will be deleted too.
              </ErrorNote>
            ) : null}
            <div aria-live="polite">{remove.result && !remove.result.ok ? <ErrorNote className="mb-3">{remove.result.error}</ErrorNote> : null}</div>
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={() => setDeleting(null)}>
                Keep it
              </Button>
              <Button
                variant="danger"
                pending={remove.pending}
                onClick={() => deleting && void remove.run({ connectionId, leaseId, from: deleting.from, domain: deleting.domain ?? "" })}
              >
                Delete {deleting ? portName(deleting) : "port"}
              </Button>
            </div>
          </Dialog>
        </>
      ) : null}
    </section>
  );
}
