import type { InvoiceRow } from "./types";

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r|%]/;

/**
 * One CSV cell: text that a spreadsheet would run as a formula gets a leading apostrophe; every cell is
 * quoted, with quotes doubled (RFC 4180). Numbers we formatted ourselves are written as they are.
 */
export function csvCell(value: string | number): string {
  if (typeof value === "number") return Number.isFinite(value) ? value.toFixed(2) : "";
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export const invoiceCsvHeader = ["Connection", "Number", "Invoice ID", "Date", "Due", "Total", "Currency", "Status"] as const;

export function invoicesToCsv(rows: readonly InvoiceRow[]): string {
  return toCsv(
    invoiceCsvHeader,
    rows.map((row) => [
      row.connectionLabel,
      row.number,
      row.id,
      row.date,
      row.dueDate,
      row.total,
      row.currency,
      row.state === "overdue" ? "Overdue" : row.status,
    ]),
  );
}
