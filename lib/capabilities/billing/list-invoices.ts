import "server-only";

import { fanOutConnections, type PerConnection } from "../core/connections";
import { hostbillClientFor } from "./hostbill-clients";
import { todayYmd } from "./invoice-rules";
import { loadConnectionBilling } from "./map-hostbill";
import type { ConnectionBilling, InvoiceRow } from "./types";

export const BILLING_KINDS = ["time4vps", "xsserver"] as const;

/** Balance and invoices of every billing connection of the team; one failing account is one error row. */
export async function listTeamBilling(teamId: string): Promise<PerConnection<ConnectionBilling>[]> {
  const today = todayYmd();
  return fanOutConnections(
    teamId,
    "billing",
    async (opened) => loadConnectionBilling(hostbillClientFor(opened).client, opened.connection, today),
    { kinds: BILLING_KINDS },
  );
}

/** All invoices of the answering connections, in one list. */
export function allInvoices(results: readonly PerConnection<ConnectionBilling>[]): InvoiceRow[] {
  return results.flatMap((result) => (result.ok ? result.value.invoices : []));
}
