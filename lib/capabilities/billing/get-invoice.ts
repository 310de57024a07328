import "server-only";

import { withConnection } from "../core/connections";
import { hostbillClientFor } from "./hostbill-clients";
import { todayYmd } from "./invoice-rules";
import { mapInvoiceDetail } from "./map-hostbill";
import type { InvoiceDetail } from "./types";

export interface InvoiceWithConnection {
  connection: { id: string; label: string; kind: string };
  invoice: InvoiceDetail;
}

/** One invoice of one of the team's connections (another team's connection is not found). */
export async function getInvoice(teamId: string, connectionId: string, invoiceId: string): Promise<InvoiceWithConnection> {
  return withConnection(teamId, connectionId, async (opened) => {
    const hostbill = hostbillClientFor(opened);
    const raw = hostbill.kind === "time4vps" ? await hostbill.client.getInvoice({ id: invoiceId }) : await hostbill.client.getInvoice({ invoiceId });
    return { connection: opened.connection, invoice: mapInvoiceDetail(raw, todayYmd()) };
  });
}
