import "server-only";

import type { Time4vpsClient } from "../../providers/hostbill/time4vps-client";
import { hostbillClientFor } from "../billing/hostbill-clients";
import { fanOutConnections, type PerConnection } from "../core/connections";
import { mapContact, mapDetails, mapNotification, sortNotifications } from "./map-account";
import type { ProviderAccount } from "./types";

/** Details, contacts with their privileges and portal notifications of one Time4VPS account. */
export async function loadTime4vpsAccount(client: Pick<Time4vpsClient, "getDetails" | "listContacts" | "getContact" | "listNotifications">): Promise<ProviderAccount> {
  const [details, contacts, notifications] = await Promise.all([client.getDetails(), client.listContacts(), client.listNotifications()]);
  // The list has no privileges; each contact's own answer does.
  const full = await Promise.all(
    contacts.map(async (summary) => {
      const detail = await client.getContact({ id: summary.id });
      // The single-contact answer may leave out what the list had (last login): the list fills the gaps.
      return { ...detail, lastlogin: detail.lastlogin || summary.lastlogin, companyname: detail.companyname || summary.companyname };
    }),
  );
  return {
    details: mapDetails(details),
    contacts: full.map(mapContact),
    notifications: sortNotifications(notifications.map(mapNotification)),
  };
}

/** Every HostBill provider account of the team (Time4VPS, XSServer); XSServer's API has details only. */
export async function listProviderAccounts(teamId: string): Promise<PerConnection<ProviderAccount>[]> {
  return fanOutConnections(
    teamId,
    "billing",
    async (opened) => {
      const hostbill = hostbillClientFor(opened);
      if (hostbill.kind === "time4vps") return loadTime4vpsAccount(hostbill.client);
      return { details: mapDetails(await hostbill.client.getDetails()), contacts: null, notifications: null };
    },
    { kinds: ["time4vps", "xsserver"] },
  );
}
