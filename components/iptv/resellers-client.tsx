"use client";

import { Coins, Pencil, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { SelectField, TextField } from "@/components/ui/field";
import { EmptyState, ErrorNote, SuccessNote } from "@/components/ui/states";
import type { StartedRead } from "@/lib/capabilities/core/connections";
import { addCreditsAction, createResellerAction, updateResellerAction } from "@/lib/capabilities/iptv/actions";
import type { CreditLedgerRow } from "@/lib/capabilities/iptv/credit-ledger";
import type { IptvReseller } from "@/lib/capabilities/iptv/types";
import { useAction } from "@/lib/ui/use-action";

import { CopyButton } from "./copy-button";
import { formatAgo } from "./format";
import { answeredRows, NoRowsYet, PanelStatus } from "./panel-status";
import { useIptvLists } from "./use-iptv-lists";

function Check({ label, name, defaultChecked }: { label: string; name: string; defaultChecked?: boolean }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name={name} defaultChecked={defaultChecked} className="h-4 w-4" /> {label}
    </label>
  );
}

function AddCreditsDialog({ reseller, onClose, onChanged }: { reseller: IptvReseller | null; onClose: () => void; onChanged: () => void }) {
  const { run, pending, result, fieldError, reset } = useAction(addCreditsAction, { onSuccess: onChanged });
  const close = () => {
    reset();
    onClose();
  };
  return (
    <Dialog
      open={reseller !== null}
      onOpenChange={(open) => (open ? undefined : close())}
      title={`Credits for ${reseller?.username ?? ""}`}
      description={`Balance now: ${reseller?.credits ?? 0}. A negative amount takes credits back.`}
    >
      {reseller ? (
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            void run(new FormData(event.currentTarget));
          }}
        >
          <input type="hidden" name="connectionId" value={reseller.connectionId} />
          <input type="hidden" name="resellerId" value={reseller.id} />
          <TextField label="Credits to add" name="credits" type="number" required error={fieldError("credits")} />
          <div aria-live="polite">
            {result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}
            {result?.ok ? (
              <SuccessNote>
                <span data-testid="new-balance">
                  New balance of {result.data.username}: {result.data.balance}
                </span>
              </SuccessNote>
            ) : null}
          </div>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              Done
            </Button>
            <Button type="submit" pending={pending}>
              Add credits
            </Button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}

function ResellerDialog({
  mode,
  reseller,
  connections,
  onClose,
  onChanged,
}: {
  mode: "create" | "edit" | null;
  reseller: IptvReseller | null;
  connections: { id: string; label: string }[];
  onClose: () => void;
  onChanged: () => void;
}) {
  const [created, setCreated] = useState<{ username: string; password: string | null } | null>(null);
  const create = useAction(createResellerAction, { onSuccess: (data) => setCreated(data) });
  const edit = useAction(updateResellerAction, {
    onSuccess: () => {
      onChanged();
      onClose();
    },
  });
  const action = mode === "edit" ? edit : create;
  const close = () => {
    if (created) onChanged();
    setCreated(null);
    create.reset();
    edit.reset();
    onClose();
  };
  return (
    <Dialog
      open={mode !== null}
      onOpenChange={(open) => (open ? undefined : close())}
      title={mode === "edit" ? `Edit ${reseller?.username ?? ""}` : "New reseller"}
    >
      {created ? (
        <div className="space-y-4">
          <SuccessNote>
            Reseller {created.username} created.{created.password ? " The password is shown only now." : ""}
          </SuccessNote>
          {created.password ? (
            <div className="flex items-center justify-between gap-2">
              <span className="font-mono">{created.password}</span>
              <CopyButton text={created.password} label="Copy password" />
            </div>
          ) : null}
          <div className="flex justify-end">
            <Button onClick={close}>Done</Button>
          </div>
        </div>
      ) : (
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            void action.run(new FormData(event.currentTarget));
          }}
        >
          {mode === "edit" && reseller ? (
            <>
              <input type="hidden" name="connectionId" value={reseller.connectionId} />
              <input type="hidden" name="resellerId" value={reseller.id} />
            </>
          ) : (
            <>
              <SelectField label="Panel" name="connectionId" options={connections.map((c) => ({ value: c.id, label: c.label }))} />
              <TextField label="Name" name="name" required error={action.fieldError("name") ?? action.fieldError("username")} />
            </>
          )}
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label="Email" name="email" type="email" defaultValue={reseller?.email ?? ""} error={action.fieldError("email")} />
            <TextField
              label={mode === "edit" ? "New password" : "Password"}
              name="password"
              autoComplete="new-password"
              placeholder={mode === "edit" ? "Blank: keep" : "Blank: generated"}
              error={action.fieldError("password")}
            />
            <TextField
              label="Max connections"
              name="max_allowed_connections"
              type="number"
              min={0}
              defaultValue={reseller?.maxConnections ?? 0}
              error={action.fieldError("max_allowed_connections")}
            />
            {mode === "create" ? (
              <TextField label="Opening credits" name="credits" type="number" min={0} defaultValue={0} error={action.fieldError("credits")} />
            ) : null}
          </div>
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            <Check label="Uses credits" name="use_credits" defaultChecked={reseller?.useCredits ?? true} />
            {mode === "edit" ? <Check label="Enabled" name="status" defaultChecked={reseller?.enabled ?? true} /> : null}
          </div>
          <TextField label="Notes" name="notes" defaultValue={reseller?.notes ?? ""} error={action.fieldError("notes")} />
          <div aria-live="polite">{action.result && !action.result.ok ? <ErrorNote>{action.result.error}</ErrorNote> : null}</div>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" pending={action.pending}>
              {mode === "edit" ? "Save changes" : "Create reseller"}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

/** Every panel's resellers (each panel's rows as soon as it answers) and the credit ledger kept by Hostdeck. */
export function ResellersClient({
  lists,
  ledger,
  canCredit,
  canManage,
}: {
  lists: StartedRead<IptvReseller[]>[];
  ledger: CreditLedgerRow[];
  canCredit: boolean;
  canManage: boolean;
}) {
  const router = useRouter();
  const { states, refresh } = useIptvLists(lists, "resellers");
  const resellers = answeredRows(states, (rows) => rows);
  const connections = states.flatMap((state) => (state.status === "ok" ? [{ id: state.connection.id, label: state.connection.label }] : []));
  const [crediting, setCrediting] = useState<IptvReseller | null>(null);
  const [editing, setEditing] = useState<{ mode: "create" | "edit"; reseller: IptvReseller | null } | null>(null);
  const many = lists.length > 1;
  /** The balances come from the panels, the ledger from the audit log: both are read again. */
  const changed = () => {
    void refresh();
    router.refresh();
  };
  return (
    <div className="space-y-6">
      <PanelStatus states={states} />
      {canManage && connections.length > 0 ? (
        <div className="flex justify-end">
          <Button onClick={() => setEditing({ mode: "create", reseller: null })}>
            <Plus className="h-4 w-4" aria-hidden /> New reseller
          </Button>
        </div>
      ) : null}
      {resellers.length === 0 ? (
        <NoRowsYet
          states={states}
          label="Loading resellers"
          empty={<EmptyState title="No resellers">Resellers created in the panel or here appear in this list.</EmptyState>}
        />
      ) : (
        <Card className="relative overflow-x-auto">
          <table className="w-full min-w-[48rem] text-left text-sm" aria-label="Resellers">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500 dark:border-slate-800">
              <tr>
                <th className="px-3 py-2">Reseller</th>
                <th className="px-3 py-2">Status</th>
                <th className="px-3 py-2 text-right">Credits</th>
                <th className="px-3 py-2">Max conns</th>
                <th className="px-3 py-2">Owner</th>
                <th className="px-3 py-2">Last login</th>
                {many ? <th className="px-3 py-2">Panel</th> : null}
                <th className="px-3 py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {resellers.map((reseller) => (
                <tr key={`${reseller.connectionId}:${reseller.id}`} data-testid="reseller-row" data-username={reseller.username}>
                  <td className="px-3 py-2">
                    <span className="block font-medium">{reseller.username}</span>
                    <span className="block text-xs text-slate-500">{reseller.email ?? ""}</span>
                  </td>
                  <td className="px-3 py-2">
                    <Badge tone={reseller.enabled ? "good" : "bad"}>{reseller.enabled ? "active" : "suspended"}</Badge>
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums" data-testid="reseller-credits">
                    {reseller.useCredits ? reseller.credits : <span className="text-slate-500">no credits</span>}
                  </td>
                  <td className="px-3 py-2 tabular-nums">{reseller.maxConnections ?? "—"}</td>
                  <td className="px-3 py-2">{reseller.ownerName ?? "—"}</td>
                  <td className="whitespace-nowrap px-3 py-2">{formatAgo(reseller.lastLogin)}</td>
                  {many ? <td className="px-3 py-2">{reseller.connectionLabel}</td> : null}
                  <td className="whitespace-nowrap px-3 py-2 text-right">
                    {canCredit ? (
                      <Button size="sm" variant="secondary" onClick={() => setCrediting(reseller)} aria-label={`Add credits to ${reseller.username}`}>
                        <Coins className="h-4 w-4" aria-hidden /> Credits
                      </Button>
                    ) : null}
                    {canManage ? (
                      <Button size="sm" variant="ghost" onClick={() => setEditing({ mode: "edit", reseller })} aria-label={`Edit ${reseller.username}`}>
                        <Pencil className="h-4 w-4" aria-hidden />
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}

      <section aria-labelledby="ledger-heading" className="space-y-2">
        <h2 id="ledger-heading" className="text-lg font-semibold">
          Credit ledger
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Every credit change made through Hostdeck, from the audit log. Changes made in the panel itself are not listed.
        </p>
        {ledger.length === 0 ? (
          <EmptyState title="No credit changes yet">Credits added here appear with who added them and the balance the panel reported.</EmptyState>
        ) : (
          <Card className="relative overflow-x-auto">
            <table className="w-full min-w-[40rem] text-left text-sm" aria-label="Credit ledger">
              <thead className="border-b border-slate-200 text-xs uppercase text-slate-500 dark:border-slate-800">
                <tr>
                  <th className="px-3 py-2">When</th>
                  <th className="px-3 py-2">Who</th>
                  <th className="px-3 py-2">Reseller</th>
                  <th className="px-3 py-2 text-right">Change</th>
                  <th className="px-3 py-2 text-right">Balance after</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {ledger.map((row) => (
                  <tr key={row.id} data-testid="ledger-row">
                    <td className="whitespace-nowrap px-3 py-2">{new Date(row.at).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}</td>
                    <td className="px-3 py-2">{row.actor}</td>
                    <td className="px-3 py-2">
                      {row.reseller}
                      {many ? <span className="text-slate-500"> · {row.connectionLabel}</span> : null}
                      {row.kind === "opening" ? <Badge className="ml-2">opening</Badge> : null}
                    </td>
                    <td
                      className={`px-3 py-2 text-right tabular-nums ${row.amount < 0 ? "text-red-700 dark:text-red-300" : "text-emerald-700 dark:text-emerald-300"}`}
                    >
                      {row.amount > 0 ? `+${row.amount}` : row.amount}
                    </td>
                    <td className="px-3 py-2 text-right tabular-nums">{row.balance ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        )}
      </section>

      {canCredit ? <AddCreditsDialog reseller={crediting} onClose={() => setCrediting(null)} onChanged={changed} /> : null}
      {canManage ? (
        <ResellerDialog
          mode={editing?.mode ?? null}
          reseller={editing?.reseller ?? null}
          connections={connections}
          onClose={() => setEditing(null)}
          onChanged={changed}
        />
      ) : null}
    </div>
  );
}
