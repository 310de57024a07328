import type { AccountsAdapter } from "@/lib/capabilities/accounts/adapter";

import type { XsserverClient } from "../xsserver-client";
import { hostbillDetails } from "./hostbill-account-mapping";

/** An XSServer account: its details only (the API has no contacts or portal notifications). */
export function xsserverAccountsAdapter(client: XsserverClient): AccountsAdapter {
  return {
    details: async () => hostbillDetails(await client.getDetails()),
  };
}
