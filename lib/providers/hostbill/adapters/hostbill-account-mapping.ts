/** HostBill's client, contact and notification answers read into the provider-neutral account shapes. Pure. */
import type { AccountContact, AccountDetails, ContactPrivileges, PortalNotification } from "@/lib/capabilities/accounts/types";

import type { HostbillClientDetails } from "../hostbill-schemas";

const clean = (value: string | null | undefined) => value?.trim() ?? "";
const loginOrNull = (value: string | null | undefined) => (!value || value.startsWith("0000") ? null : value.trim());

export function hostbillDetails(client: HostbillClientDetails): AccountDetails {
  const cityLine = [clean(client.postcode), clean(client.city), clean(client.state)].filter(Boolean).join(" ");
  return {
    email: client.email,
    name: [clean(client.firstname), clean(client.lastname)].filter(Boolean).join(" "),
    company: clean(client.companyname),
    address: [clean(client.address1), clean(client.address2), cityLine, clean(client.country)].filter(Boolean),
    phone: clean(client.phonenumber),
    lastLogin: loginOrNull(client.lastlogin),
  };
}

type PrivilegeValue = number | string | string[];

/**
 * HostBill privileges: `{billing: ["emails", …]}` for account-wide groups, `{services: {"1301": ["basic", …]}}`
 * for per-service grants (shown as "1301: basic, billing").
 */
export function hostbillPrivileges(privileges: Record<string, string[] | Record<string, PrivilegeValue>> | never[] | undefined): ContactPrivileges[] {
  if (!privileges || Array.isArray(privileges)) return [];
  return Object.entries(privileges)
    .map(([group, value]): ContactPrivileges => {
      if (Array.isArray(value)) return { group, grants: value.map(String) };
      return {
        group,
        grants: Object.entries(value).map(([key, inner]) => (Array.isArray(inner) ? `#${key}: ${inner.join(", ")}` : `${key}: ${String(inner)}`)),
      };
    })
    .filter((entry) => entry.grants.length > 0);
}

export function hostbillContact(contact: {
  id: string;
  email: string;
  firstname?: string | null;
  lastname?: string | null;
  companyname?: string | null;
  company?: string | null;
  lastlogin?: string | null;
  privileges?: Record<string, string[] | Record<string, PrivilegeValue>> | never[];
}): AccountContact {
  return {
    id: contact.id,
    email: contact.email,
    name: [clean(contact.firstname), clean(contact.lastname)].filter(Boolean).join(" "),
    company: clean(contact.companyname) || clean(contact.company),
    lastLogin: loginOrNull(contact.lastlogin),
    privileges: hostbillPrivileges(contact.privileges),
  };
}

export function hostbillNotification(notification: {
  id: string;
  subject?: string | null;
  message?: string | null;
  date?: string | null;
  type?: string | null;
  status?: string | null;
  rel_type?: string | null;
  rel_id?: string | null;
}): PortalNotification {
  const relType = clean(notification.rel_type);
  const relId = clean(notification.rel_id);
  return {
    id: notification.id,
    subject: clean(notification.subject) || "(no subject)",
    message: clean(notification.message),
    date: clean(notification.date),
    type: clean(notification.type) || "info",
    related: relType && relId && relId !== "0" ? `${relType} ${relId}` : relType,
    isNew: clean(notification.status).toLowerCase() === "new",
  };
}
