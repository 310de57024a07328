import type { AccountsAdapter } from "@/lib/capabilities/accounts/adapter";

import type { Time4vpsClient } from "../time4vps-client";
import { hostbillContact, hostbillDetails, hostbillNotification } from "./hostbill-account-mapping";

/** A Time4VPS account: details, contacts with their privileges, and portal notifications. */
export function time4vpsAccountsAdapter(client: Time4vpsClient): AccountsAdapter {
  return {
    details: async () => hostbillDetails(await client.getDetails()),

    /** The list has no privileges; each contact's own answer does, and the list fills what that one leaves out. */
    async contacts() {
      const summaries = await client.listContacts();
      const contacts = await Promise.all(
        summaries.map(async (summary) => {
          const detail = await client.getContact({ id: summary.id });
          return { ...detail, lastlogin: detail.lastlogin || summary.lastlogin, companyname: detail.companyname || summary.companyname };
        }),
      );
      return contacts.map(hostbillContact);
    },

    notifications: async () => (await client.listNotifications()).map(hostbillNotification),

    async acknowledgeNotification(notificationId) {
      await client.acknowledgeNotification({ id: notificationId });
    },
  };
}
