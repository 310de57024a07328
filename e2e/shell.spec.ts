import { expect, test } from "@playwright/test";

import { screenshotBothSizes, viewports } from "./support/screenshots";
import { authFile, TEAM_NAME } from "./support/users";

test.use({ storageState: authFile("owner") });

test("at 1280 px: a sidebar with every area, no bottom bar", async ({ page }, testInfo) => {
  await page.setViewportSize(viewports.desktop);
  await page.goto("/");
  const sidebar = page.getByRole("navigation", { name: "Main" });
  for (const area of [
    "Overview",
    "Connections",
    "Services",
    "Servers",
    "Tasks",
    "DNS",
    "Billing",
    "Tickets",
    "Provider accounts",
    "IPTV",
    "Proxies",
    "Network",
    "Members",
    "Audit log",
  ]) {
    await expect(sidebar.getByRole("link", { name: area, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("navigation", { name: "Quick" })).toBeHidden();
  for (const [path, name] of [
    ["/", "overview"],
    ["/team", "team"],
    ["/audit", "audit"],
    ["/account", "account"],
  ] as const) {
    await page.goto(path);
    await screenshotBothSizes(page, testInfo, `shell-${name}`);
  }
});

test("at 375 px: a bottom bar and a drawer with everything", async ({ page }) => {
  await page.setViewportSize(viewports.phone);
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  const quick = page.getByRole("navigation", { name: "Quick" });
  await expect(quick).toBeVisible();
  await quick.getByRole("link", { name: "Connections" }).click();
  await expect(page.getByRole("heading", { name: "Connections", level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "Open menu" }).click();
  const drawer = page.getByRole("dialog");
  await drawer.getByRole("link", { name: "Audit log" }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
});

test("dark mode follows the system, and the toggle overrides it", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("radio", { name: "Light" }).click();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("radio", { name: "System" }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
});

test("a user in two teams switches between them", async ({ page }) => {
  await page.goto("/team");
  await page.getByText("Start another team").click();
  await page.getByLabel("Team name").fill("Second Brand");
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByText("Team Second Brand created.")).toBeVisible();

  await page.getByRole("button", { name: `Team: ${TEAM_NAME}. Switch team` }).click();
  await page.getByRole("menuitem", { name: /Second Brand/ }).click();
  await expect(page.getByRole("button", { name: "Team: Second Brand. Switch team" })).toBeVisible();
  await page.goto("/connections");
  await expect(page.getByRole("heading", { name: "No provider accounts yet" })).toBeVisible();

  await page.getByRole("button", { name: "Team: Second Brand. Switch team" }).click();
  await page.getByRole("menuitem", { name: new RegExp(TEAM_NAME) }).click();
  await expect(page.getByRole("button", { name: `Team: ${TEAM_NAME}. Switch team` })).toBeVisible();
});
