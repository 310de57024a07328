import { describe, expect, it } from "vitest";

import { csvCell, invoicesToCsv, toCsv } from "./csv";
import type { InvoiceRow } from "./types";

describe("csvCell", () => {
  it("quotes every text cell and doubles quotes, so commas and line breaks stay inside the cell", () => {
    expect(csvCell("plain")).toBe('"plain"');
    expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvCell("two\r\nlines")).toBe('"two\r\nlines"');
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+1+2")).toBe('"\'+1+2"');
    expect(csvCell("-2+3")).toBe('"\'-2+3"');
    expect(csvCell("@SUM(A1)")).toBe('"\'@SUM(A1)"');
    expect(csvCell("\t=1")).toBe('"\'\t=1"');
    expect(csvCell("a=1")).toBe('"a=1"');
  });

  it("writes numbers we formatted ourselves as plain numbers, negative ones included", () => {
    expect(csvCell(19.5)).toBe("19.50");
    expect(csvCell(-10)).toBe("-10.00");
    expect(csvCell(Number.NaN)).toBe("");
  });
});

describe("invoicesToCsv", () => {
  it("has a header and one CRLF-terminated line per invoice, overdue named as such", () => {
    const row: InvoiceRow = {
      connectionId: "c",
      connectionLabel: "=cmd|' /C calc'!A0",
      id: "308977",
      number: "2024/0977",
      date: "2026-01-01",
      dueDate: "2026-01-08",
      total: 9.99,
      currency: "EUR",
      status: "Unpaid",
      state: "overdue",
    };
    expect(invoicesToCsv([row])).toBe(
      '"Connection","Number","Invoice ID","Date","Due","Total","Currency","Status"\r\n' +
        '"\'=cmd|\' /C calc\'!A0","2024/0977","308977","2026-01-01","2026-01-08",9.99,"EUR","Overdue"\r\n',
    );
  });

  it("writes only the header for an empty list", () => {
    expect(toCsv(["A"], [])).toBe('"A"\r\n');
  });
});
