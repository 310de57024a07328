import { expect, test } from "@playwright/test";

import { resetSandbox } from "./support/sandbox";
import { screenshotBothSizes } from "./support/screenshots";
import { authFile } from "./support/users";

test.afterAll(async () => {
  await resetSandbox("time4vps");
});

test.describe("viewer", () => {
  test.use({ storageState: authFile("viewer") });

  test("sees account details, contacts with privileges and notifications, without acknowledge buttons", async ({ page }, testInfo) => {
    await page.goto("/accounts");
    await expect(page.getByRole("heading", { name: "Provider accounts", level: 1 })).toBeVisible();
    await expect(page.getByTestId("provider-account")).toHaveCount(2);
    const t4v = page.getByTestId("provider-account").filter({ hasText: "Time4VPS (sandbox)" });
    await expect(t4v.getByText("Hostdeck Demo UAB").first()).toBeVisible();
    await expect(t4v.getByTestId("contact")).toHaveCount(2);
    await expect(t4v.getByTestId("contact").nth(1)).toContainText("#1301: basic, billing, notify");
    await expect(t4v.locator('[data-testid="notification"][data-new="true"]')).toHaveCount(3);
    await expect(page.getByRole("button", { name: /Acknowledge/ })).toHaveCount(0);
    const xs = page.getByTestId("provider-account").filter({ hasText: "XSServer (sandbox)" });
    await expect(xs).toContainText("Hostdeck Demo GmbH");
    await expect(xs).toContainText("API does not list contacts");
    await screenshotBothSizes(page, testInfo, "accounts");
  });
});

test.describe("operator", () => {
  test.use({ storageState: authFile("operator") });

  test("acknowledges a portal notification", async ({ page }) => {
    await page.goto("/accounts");
    const t4v = page.getByTestId("provider-account").filter({ hasText: "Time4VPS (sandbox)" });
    await expect(t4v.locator('[data-testid="notification"][data-new="true"]')).toHaveCount(3);
    await t4v.getByRole("button", { name: "Acknowledge “Invoice #2024/0977 is due soon”" }).click();
    await expect(t4v.locator('[data-testid="notification"][data-new="true"]')).toHaveCount(2);
    const acknowledged = t4v.getByTestId("notification").filter({ hasText: "Invoice #2024/0977 is due soon" });
    await expect(acknowledged).toHaveAttribute("data-new", "false");
    await expect(acknowledged.getByRole("button")).toHaveCount(0);
  });
});
