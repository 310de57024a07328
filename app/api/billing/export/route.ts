import { NextResponse, type NextRequest } from "next/server";

import { currentTeamContext } from "@/lib/auth/session";
import { invoicesToCsv } from "@/lib/capabilities/billing/csv";
import { invoiceQuerySchema, queryInvoices, todayYmd } from "@/lib/capabilities/billing/invoice-rules";
import { allInvoices, listTeamBilling } from "@/lib/capabilities/billing/list-invoices";

export const dynamic = "force-dynamic";

/** GET /api/billing/export?q=&status=&currency=&connection=&sort=&dir= → the invoice list as filtered on the page, as CSV. */
export async function GET(request: NextRequest) {
  const context = await currentTeamContext();
  if (!context) return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  const query = invoiceQuerySchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  const results = await listTeamBilling(context.team.id);
  const rows = queryInvoices(allInvoices(results), query);
  const failed = results.filter((result) => !result.ok).map((result) => result.connection.label);
  return new NextResponse(invoicesToCsv(rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="invoices-${todayYmd()}.csv"`,
      "cache-control": "no-store",
      // Connections that did not answer are missing from the file; say which (labels are the team's own words).
      "x-hostdeck-missing-connections": encodeURIComponent(failed.join(", ")),
    },
  });
}
