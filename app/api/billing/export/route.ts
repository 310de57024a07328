import { defineRead } from "@/lib/actions/define-read";
import { invoicesToCsv } from "@/lib/capabilities/billing/csv";
import { invoiceQuerySchema, queryInvoices, todayYmd } from "@/lib/capabilities/billing/invoice-rules";
import { allInvoices, listTeamBilling } from "@/lib/capabilities/billing/read-billing";

/** GET /api/billing/export?q=&status=&currency=&connection=&sort=&dir= → the invoice list as filtered on the page, as CSV. */
export const GET = defineRead({
  name: "billing.export",
  query: invoiceQuerySchema,
  async run({ query }, { team }) {
    const results = await listTeamBilling(team.id);
    const failed = results.filter((result) => !result.ok).map((result) => result.connection.label);
    return new Response(invoicesToCsv(queryInvoices(allInvoices(results), query)), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="invoices-${todayYmd()}.csv"`,
        "cache-control": "private, no-store",
        // Connections that did not answer are missing from the file; say which (labels are the team's own words).
        "x-hostdeck-missing-connections": encodeURIComponent(failed.join(", ")),
      },
    });
  },
});
