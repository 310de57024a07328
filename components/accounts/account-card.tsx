import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { AccountContact, PortalNotification, ProviderAccount } from "@/lib/capabilities/accounts/types";
import type { ConnectionRef } from "@/lib/providers/core/types";

import { AcknowledgeButton } from "./acknowledge-button";

function Details({ account }: { account: ProviderAccount }) {
  const { details } = account;
  const rows: [string, string][] = [
    ["Email", details.email],
    ["Name", details.name],
    ["Company", details.company],
    ["Address", details.address.join(", ")],
    ["Phone", details.phone],
    ["Last login", details.lastLogin ?? "—"],
  ];
  return (
    <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function Contacts({ contacts }: { contacts: AccountContact[] }) {
  if (contacts.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">No contacts on this account.</p>;
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Contacts">
      {contacts.map((contact) => (
        <li key={contact.id} className="py-3" data-testid="contact">
          <p className="font-medium">{contact.name || contact.email}</p>
          <p className="text-xs text-slate-500 dark:text-slate-400">
            {contact.email}
            {contact.company ? ` · ${contact.company}` : ""} · last login {contact.lastLogin ?? "never"}
          </p>
          {contact.privileges.length === 0 ? (
            <p className="mt-1 text-xs text-slate-500">No privileges.</p>
          ) : (
            <dl className="mt-2 space-y-1 text-xs">
              {contact.privileges.map((group) => (
                <div key={group.group} className="flex flex-wrap items-center gap-1">
                  <dt className="mr-1 font-semibold capitalize text-slate-600 dark:text-slate-300">{group.group}:</dt>
                  {group.grants.map((grant) => (
                    <dd key={grant}>
                      <Badge>{grant}</Badge>
                    </dd>
                  ))}
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ul>
  );
}

function Notifications({ connectionId, list, canAck }: { connectionId: string; list: PortalNotification[]; canAck: boolean }) {
  if (list.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">No notifications.</p>;
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Notifications">
      {list.map((note) => (
        <li key={note.id} className="flex items-start justify-between gap-3 py-3" data-testid="notification" data-new={note.isNew}>
          <div className="min-w-0">
            <p className={note.isNew ? "font-semibold" : "font-medium text-slate-700 dark:text-slate-300"}>
              {note.isNew ? (
                <Badge tone="info" className="mr-2">
                  new
                </Badge>
              ) : null}
              {note.subject}
            </p>
            {note.message ? <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">{note.message}</p> : null}
            <p className="mt-0.5 text-xs text-slate-500">
              {note.date}
              {note.related ? ` · ${note.related}` : ""}
            </p>
          </div>
          {note.isNew && canAck ? <AcknowledgeButton connectionId={connectionId} notificationId={note.id} subject={note.subject} /> : null}
        </li>
      ))}
    </ul>
  );
}

export function AccountCard({ connection, account, canAck }: { connection: ConnectionRef; account: ProviderAccount; canAck: boolean }) {
  return (
    <Card className="p-4" data-testid="provider-account">
      <h2 className="text-base font-semibold">
        {connection.label} <span className="text-sm font-normal text-slate-500">· {connection.kindLabel}</span>
      </h2>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <section aria-label={`Account details of ${connection.label}`}>
          <h3 className="mb-2 text-sm font-semibold text-slate-600 dark:text-slate-300">Account details</h3>
          <Details account={account} />
        </section>
        <section aria-label={`Contacts of ${connection.label}`}>
          <h3 className="mb-1 text-sm font-semibold text-slate-600 dark:text-slate-300">Contacts and privileges</h3>
          {account.contacts ? (
            <Contacts contacts={account.contacts} />
          ) : (
            <p className="text-sm text-slate-500 dark:text-slate-400">{connection.kindLabel}&apos;s API does not list contacts.</p>
          )}
        </section>
      </div>
      <section className="mt-6" aria-label={`Notifications of ${connection.label}`}>
        <h3 className="mb-1 text-sm font-semibold text-slate-600 dark:text-slate-300">Portal notifications</h3>
        {account.notifications ? (
          <Notifications connectionId={connection.id} list={account.notifications} canAck={canAck} />
        ) : (
          <p className="text-sm text-slate-500 dark:text-slate-400">{connection.kindLabel}&apos;s API has no portal notifications.</p>
        )}
      </section>
    </Card>
  );
}
