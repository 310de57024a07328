"use client";

import { ArrowLeft, Pencil } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { ErrorNote, SuccessNote } from "@/components/ui/states";
import { updateServerAction } from "@/lib/capabilities/iptv/actions";
import type { IptvServer } from "@/lib/capabilities/iptv/types";
import { useAction } from "@/lib/ui/use-action";

import { useForgetIptvList } from "./use-iptv-lists";

export function ServerDetailClient({ server, canManage }: { server: IptvServer; canManage: boolean }) {
  const router = useRouter();
  const forgetList = useForgetIptvList("servers");
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const { run, pending, result, fieldError, reset } = useAction(updateServerAction, {
    onSuccess: () => {
      setOpen(false);
      setSaved(true);
      forgetList();
      router.refresh();
    },
  });
  const facts: [string, string][] = [
    ["IP address", server.ip],
    ["VPN IP", server.vpnIp || "—"],
    ["Domain", server.domain || "—"],
    ["HTTP port", server.httpPort === null ? "—" : String(server.httpPort)],
    ["Clients", `${server.onlineClients ?? "—"} online of ${server.totalClients ?? "—"}`],
    ["Last check", server.lastCheckAgo === null ? "—" : `${server.lastCheckAgo} s ago`],
  ];
  return (
    <div className="space-y-4">
      <Link href="/iptv/servers" className="inline-flex items-center gap-1 text-sm text-brand-600 hover:underline dark:text-brand-100">
        <ArrowLeft className="h-4 w-4" aria-hidden /> All servers
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="text-xl font-semibold">{server.name}</h2>
          <p className="mt-1 flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
            <Badge tone={server.online ? "good" : "bad"}>{server.online ? "online" : "offline"}</Badge>
            {server.isMain ? "Main server" : "Load balancer"} · {server.connectionLabel}
          </p>
        </div>
        {canManage ? (
          <Button variant="secondary" onClick={() => setOpen(true)}>
            <Pencil className="h-4 w-4" aria-hidden /> Edit
          </Button>
        ) : null}
      </div>
      <div aria-live="polite">{saved ? <SuccessNote>Server saved.</SuccessNote> : null}</div>
      <Card className="p-4">
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-xs uppercase text-slate-500">{label}</dt>
              <dd className="mt-0.5 font-mono text-sm">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      {canManage ? (
        <Dialog
          open={open}
          onOpenChange={(next) => {
            setOpen(next);
            if (!next) reset();
          }}
          title={`Edit ${server.name}`}
        >
          <form
            className="space-y-4"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void run(new FormData(event.currentTarget));
            }}
          >
            <input type="hidden" name="connectionId" value={server.connectionId} />
            <input type="hidden" name="serverId" value={server.id} />
            <TextField label="Name" name="server_name" defaultValue={server.name} error={fieldError("server_name")} />
            <TextField label="Domain" name="domain_name" defaultValue={server.domain} error={fieldError("domain_name")} />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField label="IP address" name="server_ip" defaultValue={server.ip} error={fieldError("server_ip")} />
              <TextField label="VPN IP" name="vpn_ip" defaultValue={server.vpnIp} help="Blank: none" error={fieldError("vpn_ip")} />
              <TextField
                label="HTTP port"
                name="http_broadcast_port"
                type="number"
                defaultValue={server.httpPort ?? 25461}
                error={fieldError("http_broadcast_port")}
              />
              <TextField label="Max clients" name="total_clients" type="number" defaultValue={server.totalClients ?? 0} error={fieldError("total_clients")} />
            </div>
            <div aria-live="polite">{result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" pending={pending}>
                Save server
              </Button>
            </div>
          </form>
        </Dialog>
      ) : null}
    </div>
  );
}
