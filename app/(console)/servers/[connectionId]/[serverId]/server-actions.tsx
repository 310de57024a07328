"use client";

import { Eraser, KeyRound, Monitor, Network, Pencil, RefreshCw, RotateCcw, Server as ServerIcon } from "lucide-react";
import { Suspense, use, useState, type ReactNode } from "react";

import { ActionDialog, type ServerTaskAction } from "@/components/servers/action-dialog";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FieldShell, SelectField, TextField } from "@/components/ui/field";
import {
  changeServerDnsAction,
  changeServerPtrAction,
  flushServerFirewallAction,
  launchWebConsoleAction,
  rebootServerAction,
  reinstallServerAction,
  renameServerAction,
  resetServerPasswordAction,
} from "@/lib/capabilities/servers/actions";
import type { ReinstallOptions, ServerDetail, ServerTaskVerb, StartedTask } from "@/lib/capabilities/servers/types";
import { webConsoleTimeouts } from "@/lib/capabilities/servers/validators";
import type { PageOutcome } from "@/lib/errors/page-outcome";

type Kind = ServerTaskVerb;

/**
 * The server's actions its provider offers. Each starts a provider task; while one runs (a server runs one
 * at a time), every button is disabled and the reason is shown. Reinstall is offered to admins only, once its
 * choices (OS templates, init scripts) have arrived.
 */
export function ServerActions({
  server,
  busyReason,
  canDestroy,
  reinstall,
  onStarted,
}: {
  server: ServerDetail;
  busyReason: string | null;
  canDestroy: boolean;
  reinstall: Promise<PageOutcome<ReinstallOptions>> | null;
  onStarted: (task: StartedTask, title: string) => void;
}) {
  const [open, setOpen] = useState<Kind | null>(null);
  const offered = (kind: Kind) => server.actions.includes(kind);
  const noPtrReason = server.additionalIps.length === 0 ? "This server has no additional IP addresses." : null;
  const buttons: { kind: Kind; label: string; icon: ReactNode; reason?: string | null; danger?: boolean }[] = [
    { kind: "reboot", label: "Reboot", icon: <RotateCcw className="h-4 w-4" aria-hidden /> },
    { kind: "reset-password", label: "Reset password", icon: <KeyRound className="h-4 w-4" aria-hidden /> },
    { kind: "web-console", label: "Web console", icon: <Monitor className="h-4 w-4" aria-hidden /> },
    { kind: "rename", label: "Rename", icon: <Pencil className="h-4 w-4" aria-hidden /> },
    { kind: "change-ptr", label: "Change PTR", icon: <Network className="h-4 w-4" aria-hidden />, reason: noPtrReason },
    { kind: "flush-firewall", label: "Flush firewall", icon: <Eraser className="h-4 w-4" aria-hidden /> },
    { kind: "change-dns", label: "DNS servers", icon: <ServerIcon className="h-4 w-4" aria-hidden /> },
  ];
  const dialog = (
    kind: Kind,
    props: { title: string; description?: ReactNode; action: ServerTaskAction; submitLabel: string; danger?: boolean; submitDisabled?: boolean },
    children?: (fieldError: (name: string) => string | undefined) => ReactNode,
  ) => (
    <ActionDialog open={open === kind} onOpenChange={(next) => setOpen(next ? kind : null)} server={server} onStarted={onStarted} {...props}>
      {children}
    </ActionDialog>
  );

  return (
    <Card className="p-4">
      <h2 className="text-sm font-semibold">Actions</h2>
      {busyReason ? (
        <p
          id="server-busy-reason"
          className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-200"
          data-testid="busy-reason"
        >
          {busyReason}
        </p>
      ) : null}
      <div className="mt-3 grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
        {buttons
          .filter((button) => offered(button.kind))
          .map((button) => {
            const reason = busyReason ?? button.reason ?? null;
            return (
              <Button
                key={button.kind}
                variant={button.danger ? "danger" : "secondary"}
                size="sm"
                disabled={Boolean(reason)}
                title={reason ?? undefined}
                aria-describedby={busyReason ? "server-busy-reason" : undefined}
                onClick={() => setOpen(button.kind)}
                className="justify-start sm:justify-center"
              >
                {button.icon}
                {button.label}
              </Button>
            );
          })}
        {canDestroy && reinstall && offered("reinstall") ? (
          <Suspense fallback={<ReinstallButton disabledReason="Loading the operating systems…" onClick={() => undefined} />}>
            <Reinstall
              choices={reinstall}
              busyReason={busyReason}
              open={open === "reinstall"}
              onOpenChange={(next) => setOpen(next ? "reinstall" : null)}
              server={server}
              onStarted={onStarted}
            />
          </Suspense>
        ) : null}
      </div>
      {noPtrReason && !busyReason && offered("change-ptr") ? (
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">Change PTR: {noPtrReason}</p>
      ) : null}

      {dialog("reboot", {
        title: "Reboot server",
        description: `${server.hostname} restarts now; open connections drop until it is back.`,
        action: rebootServerAction,
        submitLabel: "Reboot now",
      })}
      {dialog("reset-password", {
        title: "Reset root password",
        description: `${server.providerLabel} sets a new root password on ${server.hostname}; it appears in the task result when done.`,
        action: resetServerPasswordAction,
        submitLabel: "Reset password",
      })}
      {dialog(
        "web-console",
        {
          title: "Launch web console",
          description: "For emergency access only. The console address and password appear in the task result.",
          action: launchWebConsoleAction,
          submitLabel: "Launch console",
        },
        (fieldError) => (
          <>
            <SelectField
              label="Keep open for"
              name="timeout"
              defaultValue="1h"
              error={fieldError("timeout")}
              options={webConsoleTimeouts.map((value) => ({ value, label: `${value.replace("h", "")} hour${value === "1h" ? "" : "s"}` }))}
            />
            <label className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="whitelabel" value="true" className="mt-0.5 h-4 w-4 rounded border-slate-300" />
              <span>
                White-label console host
                <span className="block text-xs text-slate-500 dark:text-slate-400">Shows a neutral host name instead of {server.providerLabel}&apos;s.</span>
              </span>
            </label>
          </>
        ),
      )}
      {dialog(
        "rename",
        {
          title: "Rename server",
          description: "Changes the server's host name. If the name lies in one of your DNS zones, its A record must point to the main IP.",
          action: renameServerAction,
          submitLabel: "Rename",
        },
        (fieldError) => (
          <TextField label="New host name" name="hostname" defaultValue={server.hostname} autoComplete="off" required error={fieldError("hostname")} />
        ),
      )}
      {server.additionalIps.length > 0
        ? dialog(
            "change-ptr",
            {
              title: "Change PTR record",
              description: "The reverse DNS name of one of the server's additional IP addresses.",
              action: changeServerPtrAction,
              submitLabel: "Change PTR",
            },
            (fieldError) => <PtrFields server={server} fieldError={fieldError} />,
          )
        : null}
      {dialog("flush-firewall", {
        title: "Flush firewall",
        description: `Every firewall rule on ${server.hostname} is removed and the defaults restored.`,
        action: flushServerFirewallAction,
        submitLabel: "Flush firewall",
        danger: true,
      })}
      {dialog(
        "change-dns",
        {
          title: "Change DNS servers",
          description: "One to four resolver addresses (IPv4 or IPv6) the server uses.",
          action: changeServerDnsAction,
          submitLabel: "Save DNS servers",
        },
        (fieldError) => (
          <div className="grid gap-3 sm:grid-cols-2">
            {(["ns1", "ns2", "ns3", "ns4"] as const).map((name, index) => (
              <TextField
                key={name}
                label={index === 0 ? "DNS server 1" : `DNS server ${index + 1} (optional)`}
                name={name}
                defaultValue={server.dnsServers[index] ?? ""}
                inputMode="decimal"
                autoComplete="off"
                spellCheck={false}
                error={fieldError(name)}
              />
            ))}
          </div>
        ),
      )}
    </Card>
  );
}

function PtrFields({ server, fieldError }: { server: ServerDetail; fieldError: (name: string) => string | undefined }) {
  const [ip, setIp] = useState(server.additionalIps[0]?.ip ?? "");
  const current = server.additionalIps.find((item) => item.ip === ip)?.ptr ?? "";
  return (
    <>
      <SelectField
        label="Additional IP"
        name="ipAddress"
        value={ip}
        onChange={(event) => setIp(event.target.value)}
        error={fieldError("ipAddress")}
        options={server.additionalIps.map((item) => ({ value: item.ip, label: item.ptr ? `${item.ip} (${item.ptr})` : item.ip }))}
      />
      <TextField key={ip} label="PTR host name" name="hostname" defaultValue={current} autoComplete="off" error={fieldError("hostname")} />
    </>
  );
}

function ReinstallButton({ disabledReason, busy, onClick }: { disabledReason: string | null; busy?: boolean; onClick: () => void }) {
  return (
    <Button
      variant="danger"
      size="sm"
      disabled={Boolean(disabledReason)}
      title={disabledReason ?? undefined}
      aria-describedby={busy ? "server-busy-reason" : undefined}
      onClick={onClick}
      className="justify-start sm:justify-center"
    >
      <RefreshCw className="h-4 w-4" aria-hidden />
      Reinstall
    </Button>
  );
}

/** The reinstall button and its dialog, once the choices have arrived (or why it cannot be offered). */
function Reinstall({
  choices,
  busyReason,
  open,
  onOpenChange,
  server,
  onStarted,
}: {
  choices: Promise<PageOutcome<ReinstallOptions>>;
  busyReason: string | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  server: ServerDetail;
  onStarted: (task: StartedTask, title: string) => void;
}) {
  const outcome = use(choices);
  const reason = busyReason ?? (outcome.ok ? null : `The operating systems could not be read: ${outcome.message}`);
  return (
    <>
      <ReinstallButton disabledReason={reason} busy={Boolean(busyReason)} onClick={() => onOpenChange(true)} />
      {outcome.ok ? <ReinstallDialog open={open} onOpenChange={onOpenChange} server={server} choices={outcome.value} onStarted={onStarted} /> : null}
    </>
  );
}

function ReinstallDialog({
  open,
  onOpenChange,
  server,
  choices,
  onStarted,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  server: ServerDetail;
  choices: ReinstallOptions;
  onStarted: (task: StartedTask, title: string) => void;
}) {
  const [typed, setTyped] = useState("");
  return (
    <ActionDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setTyped("");
        onOpenChange(next);
      }}
      title="Reinstall server"
      description={
        <>
          <strong>Every file and backup on {server.hostname} is destroyed</strong> and a fresh operating system installed. This cannot be undone.
        </>
      }
      action={reinstallServerAction}
      server={server}
      submitLabel="Reinstall and erase"
      danger
      submitDisabled={typed.trim() !== server.hostname}
      onStarted={onStarted}
    >
      {(fieldError) => (
        <>
          <input type="hidden" name="expectedHostname" value={server.hostname} />
          <SelectField
            label="Operating system"
            name="os"
            defaultValue={choices.oses.some((os) => os.value === server.os) ? server.os : choices.oses[0]?.value}
            error={fieldError("os")}
            options={choices.oses}
          />
          <SelectField
            label="Init script (optional)"
            name="script"
            defaultValue=""
            error={fieldError("script")}
            options={[{ value: "", label: "None" }, ...choices.scripts]}
          />
          <FieldShell label="SSH public key (optional)" error={fieldError("sshKey")} help="Added to root's authorized_keys.">
            {({ id, describedBy, invalid }) => (
              <textarea
                id={id}
                name="sshKey"
                rows={3}
                spellCheck={false}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                placeholder="ssh-ed25519 AAAA… you@laptop"
                className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs shadow-sm focus:border-brand-500 aria-[invalid=true]:border-red-500 dark:border-slate-700 dark:bg-slate-900"
              />
            )}
          </FieldShell>
          <TextField
            label={`Type ${server.hostname} to confirm`}
            name="confirmHostname"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            error={fieldError("confirmHostname")}
          />
        </>
      )}
    </ActionDialog>
  );
}
