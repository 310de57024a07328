import { expect, test, type Page } from "@playwright/test";

import { sandboxOrigin } from "./support/env";
import { screenshotBothSizes } from "./support/screenshots";
import { authFile } from "./support/users";

const TOKEN = "demo-token";

function card(page: Page, label: string) {
  return page.getByTestId("connection-card").filter({ has: page.getByRole("heading", { name: label, exact: true }) });
}

test.describe("connections as an admin", () => {
  test.use({ storageState: authFile("admin") });

  test("Test answers for each of the five sandbox connections", async ({ page }, testInfo) => {
    await page.goto("/connections");
    for (const label of ["X4B (sandbox)", "Xtream-UI panel (sandbox)", "Time4VPS (sandbox)", "XSServer (sandbox)", "ip.php network module (sandbox)"]) {
      const row = card(page, label);
      await row.getByRole("button", { name: "Test" }).click();
      await expect(row.getByText(/^Connected: /)).toBeVisible();
    }
    await screenshotBothSizes(page, testInfo, "connections");
  });

  test("add, test, edit with the stored secret kept, rename and remove a connection; the audit log shows it", async ({ page }) => {
    const bodies: string[] = [];
    page.on("response", async (response) => {
      if (response.request().resourceType() === "image") return;
      bodies.push(await response.text().catch(() => ""));
    });

    await page.goto("/connections");
    await page.getByRole("button", { name: "Add connection" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Provider").selectOption("ipmodule");
    await dialog.getByLabel("Name").fill("Rack network");
    await dialog.getByLabel("API address").fill(`${sandboxOrigin("ipmodule")}/ip.php`);
    await dialog.getByLabel("API token").fill(TOKEN);
    await dialog.getByRole("button", { name: "Add connection" }).click();
    await expect(dialog).toBeHidden();

    const row = card(page, "Rack network");
    await row.getByRole("button", { name: "Test" }).click();
    await expect(row.getByText(/^Connected: /)).toBeVisible();

    await row.getByRole("button", { name: "Edit Rack network" }).click();
    const edit = page.getByRole("dialog");
    await expect(edit.getByLabel("API token")).not.toHaveValue(TOKEN);
    await expect(edit.getByText("Stored encrypted.")).toBeVisible();
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(edit).toBeHidden();
    await row.getByRole("button", { name: "Test" }).click();
    await expect(row.getByText(/^Connected: /)).toBeVisible();

    await row.getByRole("button", { name: "Rename Rack network" }).click();
    await page.getByRole("dialog").getByLabel("Name").fill("Rack 7 network");
    await page.getByRole("dialog").getByRole("button", { name: "Rename" }).click();
    const renamed = card(page, "Rack 7 network");
    await expect(renamed).toBeVisible();

    await renamed.getByRole("button", { name: "Remove Rack 7 network" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove connection" }).click();
    await expect(renamed).toHaveCount(0);

    // The secret never travelled to the browser: not in any page, RSC payload or action answer.
    expect(bodies.length).toBeGreaterThan(3);
    for (const body of bodies) expect(body).not.toContain(TOKEN);

    await page.goto("/audit?connection=Rack");
    const rows = page.getByTestId("audit-row");
    await expect(rows.filter({ hasText: "connection.remove" })).toHaveCount(1);
    await expect(rows.filter({ hasText: "connection.create" })).toHaveCount(1);
    await expect(rows.filter({ hasText: "connection.test" })).toHaveCount(2);
    await expect(rows.first()).toContainText("connection.remove");
    await expect(rows.first()).toContainText("Adam Admin");
  });

  test("a wrong API address is refused beside the field, and nothing is saved", async ({ page }) => {
    await page.goto("/connections");
    await page.getByRole("button", { name: "Add connection" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Provider").selectOption("ipmodule");
    await dialog.getByLabel("Name").fill("Metadata");
    await dialog.getByLabel("API address").fill("http://169.254.169.254/latest/ip.php");
    await dialog.getByLabel("API token").fill("x");
    await dialog.getByRole("button", { name: "Add connection" }).click();
    await expect(dialog.getByText(/169\.254\.169\.254 resolves to a metadata.*never allowed/)).toBeVisible();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(card(page, "Metadata")).toHaveCount(0);
  });

  test("the Xtream form shows the address to whitelist, as the team's ip.php module sees Hostdeck", async ({ page }) => {
    await page.goto("/connections");
    await page.getByRole("button", { name: "Add connection" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Provider").selectOption("xtream");
    const help = dialog.getByTestId("whitelist-help");
    await expect(help).toContainText("General Settings → API Settings");
    await expect(help.getByTestId("outbound-address")).toHaveText("127.0.0.1");
    await expect(help).toContainText("ip.php network module (sandbox)");
    await dialog.getByLabel("Provider").selectOption("ipmodule");
    await expect(dialog.getByTestId("whitelist-help")).toHaveCount(0);
    await dialog.getByRole("button", { name: "Cancel" }).click();
  });
});

test.describe("connections as a viewer", () => {
  test.use({ storageState: authFile("viewer") });

  test("sees the connections but no control to change or test them", async ({ page }) => {
    await page.goto("/connections");
    await expect(card(page, "Time4VPS (sandbox)")).toBeVisible();
    await expect(page.getByRole("button", { name: /Add connection|Test|Edit|Rename|Remove/ })).toHaveCount(0);
  });
});

test.describe("connections as an operator", () => {
  test.use({ storageState: authFile("operator") });

  test("may test but not change connections", async ({ page }) => {
    await page.goto("/connections");
    const row = card(page, "Time4VPS (sandbox)");
    await row.getByRole("button", { name: "Test" }).click();
    await expect(row.getByText(/^Connected: /)).toBeVisible();
    await expect(page.getByRole("button", { name: /Add connection|Edit|Rename|Remove/ })).toHaveCount(0);
  });
});
