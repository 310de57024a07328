import { expect, test } from "@playwright/test";

import { clearFaults, resetSandbox, setFault } from "./support/sandbox";
import { screenshotBothSizes } from "./support/screenshots";
import { authFile } from "./support/users";

test.describe("Network as an operator", () => {
  test.use({ storageState: authFile("operator") });
  test.afterEach(async () => {
    await clearFaults("ipmodule");
  });

  test("client IP, IP lookup, free IPs and a traffic chart with its detailed view", async ({ page }, testInfo) => {
    await page.goto("/network");
    await expect(page.getByRole("heading", { name: "Network", level: 1 })).toBeVisible();
    await expect(page.getByTestId("client-ip")).toHaveText(/\d+\.\d+\.\d+\.\d+|:/);

    await page.getByLabel("IP address").fill("192.0.2.11");
    await page.getByRole("button", { name: "Look up" }).click();
    const details = page.getByTestId("ip-details");
    await expect(details).toContainText("192.0.2.0/26");
    await expect(details).toContainText("255.255.255.192");
    await expect(details).toContainText("#40123");
    // Setting the main IP is for admins.
    await expect(page.getByRole("button", { name: /Make main IP/ })).toHaveCount(0);

    await page.getByRole("button", { name: "List free IPs" }).click();
    await expect(page.getByRole("list", { name: "Free IPs in NL" }).getByRole("listitem").first()).toBeVisible();

    await page.getByLabel("Traffic of IP").fill("192.0.2.10");
    await page.getByLabel("Period").selectOption("7");
    await page.getByRole("button", { name: "Show traffic" }).click();
    await expect(page.getByTestId("traffic-summary")).toContainText(/[\d.]+ GB in/);
    await expect(page.getByTestId("traffic-summary")).toContainText(/[\d.]+ GB out/);
    const chart = page.getByRole("img", { name: /Traffic of 192\.0\.2\.10 per day/ });
    await expect(chart).toBeVisible();
    // Two drawn series (in and out), each named in the legend.
    await expect(chart.locator(".recharts-area-curve, .recharts-line-curve")).toHaveCount(2);
    await expect(chart.getByText("In (GB per day)")).toBeVisible();
    await expect(chart.getByText("Out (GB per day)")).toBeVisible();
    await page.getByRole("button", { name: "Show detailed view" }).click();
    const table = page.getByRole("table", { name: "Traffic of 192.0.2.10 per day" });
    // 7 days back from now touch 8 calendar days (UTC), one row each, plus the header row.
    await expect(table.getByRole("row")).toHaveCount(9);
    await screenshotBothSizes(page, testInfo, "network");
  });

  test("a provider failure is shown where it happened", async ({ page }) => {
    await page.goto("/network");
    await setFault("ipmodule", { mode: "http-500" });
    // An address not read before: one looked up moments ago is answered from the read cache.
    await page.getByLabel("IP address").fill("192.0.2.12");
    await page.getByRole("button", { name: "Look up" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /not answering properly/ })).toBeVisible();
  });
});

test.describe("Network as an admin", () => {
  test.use({ storageState: authFile("admin") });
  test.afterAll(async () => {
    await resetSandbox("ipmodule");
  });

  test("an admin sets the main IP after typing the address", async ({ page }) => {
    await page.goto("/network");
    await page.getByLabel("IP address").fill("192.0.2.11");
    await page.getByRole("button", { name: "Look up" }).click();
    await page.getByRole("button", { name: "Make main IP of server #40123" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Type 192.0.2.11 to confirm").fill("192.0.2.12");
    await dialog.getByRole("button", { name: "Set main IP" }).click();
    await expect(dialog.getByText("Type the address exactly to confirm")).toBeVisible();
    await dialog.getByLabel("Type 192.0.2.11 to confirm").fill("192.0.2.11");
    await dialog.getByRole("button", { name: "Set main IP" }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.getByTestId("ip-details")).toContainText("Main IP");
  });
});

test.describe("Network as a viewer", () => {
  test.use({ storageState: authFile("viewer") });

  test("the viewer can look up but has no set-main control", async ({ page }) => {
    await page.goto("/network");
    await page.getByLabel("IP address").fill("192.0.2.11");
    await page.getByRole("button", { name: "Look up" }).click();
    await expect(page.getByTestId("ip-details")).toContainText("192.0.2.0/26");
    await expect(page.getByRole("button", { name: /Make main IP/ })).toHaveCount(0);
  });
});
