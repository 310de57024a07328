import { readFile } from "node:fs/promises";

import { expect, test, type Page } from "@playwright/test";

import { screenshotBothSizes } from "./support/screenshots";
import { authFile } from "./support/users";

/** The invoice rows on screen (the phone list and the desktop table hold the same rows; one of them is hidden). */
const rows = (page: Page) => page.getByTestId("invoice-row").filter({ visible: true });

/** A minimal RFC 4180 reader: quoted cells, doubled quotes, CRLF lines. */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      out.push(row);
      row = [];
      cell = "";
      i += 1;
    } else cell += ch;
  }
  return out;
}

test.describe("billing (viewer: reading needs no change rights)", () => {
  test.use({ storageState: authFile("viewer") });

  test("lists every invoice of both connections, unpaid and overdue first, with totals per currency and a CSV of the filtered list", async ({
    page,
  }, testInfo) => {
    await page.goto("/billing");
    await expect(page.getByRole("heading", { name: "Billing", level: 1 })).toBeVisible();
    // Time4VPS: 6 invoices, XSServer: 5 (its other client's invoice is not ours).
    await expect(rows(page)).toHaveCount(11);
    await expect(page.getByTestId("balance-card")).toHaveCount(2);
    await expect(page.getByTestId("connection-error")).toHaveCount(0);

    // Needs attention first: XSServer's 2025 invoices are long overdue, then Time4VPS's (due in 2 and 5 days).
    await expect(rows(page).nth(0)).toContainText("2025/06/018");
    await expect(rows(page).nth(0)).toContainText("Overdue");
    await expect(rows(page).nth(1)).toContainText("2025/06/017");
    await expect(rows(page).nth(2)).toContainText("2024/0979");
    await expect(rows(page).nth(2)).toContainText("Unpaid");
    await expect(rows(page).nth(3)).toContainText("2024/0977");

    // Totals per currency for the whole list (cancelled invoices are left out of the total).
    await expect(page.getByTestId("currency-total-EUR").getByTestId("outstanding")).toHaveText("€119.07");
    await expect(page.getByTestId("currency-total-USD").getByTestId("outstanding")).toHaveText("US$182.71");
    await expect(page.getByTestId("currency-total-EUR")).toContainText("7 invoices");

    // Payment methods with their fees (Time4VPS only).
    await expect(page.getByTestId("payment-method").first()).toBeVisible();
    await screenshotBothSizes(page, testInfo, "billing-list");

    // Filter to what is still to pay, in USD: two rows, totals follow the filter.
    await page.getByLabel("Status").selectOption("open");
    await page.getByLabel("Currency").selectOption("USD");
    await expect(rows(page)).toHaveCount(2);
    await expect(page.getByTestId("currency-total-EUR")).toHaveCount(0);
    await expect(page.getByTestId("currency-total-USD").getByTestId("total")).toHaveText("US$182.71");

    // Search narrows further.
    await page.getByLabel("Search").fill("0979");
    await expect(rows(page)).toHaveCount(1);
    await page.getByLabel("Search").fill("");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^invoices-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = parseCsv(await readFile((await download.path())!, "utf8"));
    expect(csv[0]).toEqual(["Connection", "Number", "Invoice ID", "Date", "Due", "Total", "Currency", "Status"]);
    expect(csv.slice(1).map((row) => [row[0], row[1], row[5], row[6], row[7]])).toEqual([
      ["XSServer (sandbox)", "2025/06/018", "177.31", "USD", "Overdue"],
      ["Time4VPS (sandbox)", "2024/0979", "5.40", "USD", "Unpaid"],
    ]);
  });

  test("shows an invoice with its items, taxes and totals", async ({ page }, testInfo) => {
    await page.goto("/billing");
    await page.getByLabel("Search").fill("2024/0980");
    await expect(rows(page)).toHaveCount(1);
    await rows(page).getByRole("link", { name: "#2024/0980" }).click();
    await expect(page.getByRole("heading", { name: "Invoice #2024/0980" })).toBeVisible();
    await expect(page.getByTestId("invoice-item")).toHaveCount(2);
    await expect(page.getByTestId("invoice-item").nth(0)).toContainText("Linux 8");
    await expect(page.getByTestId("invoice-item").nth(1)).toContainText("Promotion code SPRING10");
    const totals = page.getByTestId("invoice-totals");
    await expect(totals).toContainText("Subtotal€162.69");
    await expect(totals).toContainText("Tax (21%)€34.16");
    await expect(totals).toContainText("Credit applied−€10.00");
    await expect(totals).toContainText("Total€186.85");
    await screenshotBothSizes(page, testInfo, "billing-invoice-detail");

    await page.getByRole("link", { name: "All invoices" }).click();
    await expect(page.getByRole("heading", { name: "Billing", level: 1 })).toBeVisible();
  });

  test("an unknown invoice, or another team's connection, is not found", async ({ page }) => {
    await page.goto("/billing");
    const href = await rows(page).first().getByRole("link").first().getAttribute("href");
    const connectionId = href!.split("/")[2]!;
    expect((await page.goto(`/billing/${connectionId}/999999`))?.status()).toBe(404);
    expect((await page.goto("/billing/00000000-0000-4000-8000-000000000000/308980"))?.status()).toBe(404);
  });
});
