import { expect, test } from "@playwright/test";

import { sandboxOrigin } from "./support/env";
import { clearFaults, resetSandbox, setFault } from "./support/sandbox";
import { authFile } from "./support/users";

const PANEL = "Xtream-UI panel (sandbox)";
const usernames = Array.from({ length: 50 }, (_, index) => `bulk-${String(index + 1).padStart(2, "0")}`);

/** The 50 lines are made in the panel itself (its own API, as a panel admin would), then added to Hostdeck. */
async function createLinesInPanel() {
  const expiry = Math.floor(Date.now() / 1000) + 10 * 86_400;
  for (const username of usernames) {
    const body = new URLSearchParams({ api_key: "demo-api-key", "data[username]": username, "data[expire_date]": String(expiry) });
    const response = await fetch(`${sandboxOrigin("xtream")}/api/line/new`, { method: "POST", body });
    const answer = (await response.json()) as { result: boolean; error?: string };
    if (!answer.result) throw new Error(`line/new ${username}: ${answer.error}`);
  }
}

test.describe("IPTV bulk extension of 50 lines", () => {
  test.describe.configure({ mode: "serial" });
  test.setTimeout(240_000);
  test.beforeAll(async () => {
    await resetSandbox("xtream");
    await createLinesInPanel();
  });
  test.afterEach(async () => clearFaults("xtream"));
  test.afterAll(async () => resetSandbox("xtream"));

  test.describe("admin", () => {
    test.use({ storageState: authFile("admin") });
    test("raises the panel connection's request budget for a 50-line batch", async ({ page }) => {
      // Listing 50 lines costs 50 line/info calls and extending them 50 line/update calls: more than the
      // default 100 requests a minute when the test runs them back to back.
      await page.goto("/connections");
      await page.getByRole("button", { name: `Edit ${PANEL}` }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("Request budget per minute (optional)").fill("1000");
      await dialog.getByRole("button", { name: "Save changes" }).click();
      await expect(dialog).toBeHidden();
    });
  });

  test.describe("operator", () => {
    test.use({ storageState: authFile("operator") });
    test("adds the 50 existing lines, extends them all with 5 failures injected: 45 extended, 5 reported", async ({ page }) => {
      await page.goto("/iptv/lines");
      await page.getByRole("button", { name: "Add existing" }).click();
      const importDialog = page.getByRole("dialog");
      await importDialog.getByLabel("Usernames").fill(usernames.join("\n"));
      await importDialog.getByRole("button", { name: "Add", exact: true }).click();
      await expect(importDialog.getByText("Added 50 lines.")).toBeVisible({ timeout: 30_000 });
      await importDialog.getByRole("button", { name: "Done" }).click();

      await page.getByRole("searchbox", { name: "Search" }).fill("bulk-");
      await expect(page.getByText("Page 1 of 2 · 50 lines")).toBeVisible();
      await page.getByRole("checkbox", { name: "Select all 50 shown" }).check();
      await expect(page.getByTestId("selected-count")).toHaveText("50 selected");

      // Five line/update answers come back broken (a non-outage fault, so the connection's circuit breaker,
      // which pauses a connection after 5 consecutive outages, stays closed and the other 45 go through).
      await setFault("xtream", { mode: "malformed-json", remaining: 5, pathContains: "line/update" });
      await page.getByRole("button", { name: "Extend…" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("Extend by").selectOption("3");
      await dialog.getByLabel("Counted").selectOption("now");
      await dialog.getByRole("button", { name: "Extend 50" }).click();
      await expect(dialog.getByTestId("bulk-summary")).toHaveText("45 succeeded, 5 failed", { timeout: 120_000 });
      await expect(dialog.locator('[data-testid="bulk-result"][data-ok="false"]')).toHaveCount(5);
      await expect(dialog.locator('[data-testid="bulk-result"][data-ok="true"]')).toHaveCount(50 - 5);
      await expect(dialog.locator('[data-testid="bulk-result"][data-ok="false"]').first()).toContainText("could not understand");
      await dialog.getByRole("button", { name: "Done" }).click();

      // Sorted by expiry: the 5 that failed still expire in 10 days and come first; the 45 others in ~3 months.
      await page.getByRole("button", { name: "Expiry" }).click();
      const rows = page.getByTestId("subscription-row");
      const threeMonths = /expires in (8[89]|9[0-2]) days/;
      await expect(rows.filter({ hasText: /expires in (9|10) days/ })).toHaveCount(5);
      await expect(rows.filter({ hasText: threeMonths })).toHaveCount(20);
      await page.getByRole("button", { name: "Next" }).click();
      await expect(rows.filter({ hasText: threeMonths })).toHaveCount(25);
    });
  });

  test.describe("admin", () => {
    test.use({ storageState: authFile("admin") });
    test("the audit log has one row per line for the bulk extension, then the admin deletes the 50 in bulk", async ({ page }) => {
      await page.goto("/audit?action=iptv.subscription.extend");
      const rows = page.getByTestId("audit-row").filter({ hasText: /bulk-\d\d/ });
      await expect(rows).toHaveCount(50);
      await expect(rows.filter({ hasText: "failure" })).toHaveCount(5);
      await expect(rows.filter({ hasText: "success" })).toHaveCount(45);

      await page.goto("/iptv/lines");
      await page.getByRole("searchbox", { name: "Search" }).fill("bulk-");
      await page.getByRole("checkbox", { name: "Select all 50 shown" }).check();
      await page.getByRole("button", { name: "Delete", exact: true }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("button", { name: "Delete 50" }).click();
      await expect(dialog.getByTestId("bulk-summary")).toHaveText("50 succeeded, 0 failed", { timeout: 120_000 });
      await dialog.getByRole("button", { name: "Done" }).click();
      await expect(page.getByTestId("subscription-row").filter({ hasText: /bulk-\d\d/ })).toHaveCount(0);
    });
  });
});
