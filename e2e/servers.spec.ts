import { expect, test, type Page } from "@playwright/test";

import { sandboxOrigin } from "./support/env";
import { clearFaults, resetSandbox, sandboxControl, setFault } from "./support/sandbox";
import { screenshotBothSizes } from "./support/screenshots";
import { authFile } from "./support/users";

const WEB1 = "web1.demo-hostdeck.eu";
const DB1 = "db1.demo-hostdeck.eu";

async function openServer(page: Page, hostname: string) {
  await page.goto("/servers");
  await page.getByTestId("server-card").filter({ hasText: hostname }).getByRole("link", { name: hostname, exact: true }).click();
  await expect(page.getByRole("heading", { name: hostname, level: 1 })).toBeVisible();
}

test.describe("servers as a viewer", () => {
  test.use({ storageState: authFile("viewer") });
  test.afterEach(() => clearFaults("time4vps"));

  test("sees every server with its resources and no action buttons", async ({ page }, testInfo) => {
    await page.goto("/servers");
    await expect(page.getByRole("heading", { name: "Servers", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Time4VPS \(sandbox\)/ })).toBeVisible();
    await expect(page.getByTestId("server-card")).toHaveCount(3);
    const web1 = page.getByTestId("server-card").filter({ hasText: WEB1 });
    await expect(web1.getByRole("meter", { name: "RAM used" })).toHaveAttribute("aria-valuenow", "42.3");
    await expect(web1.getByText("1.7 GiB of 4 GiB")).toBeVisible();
    await expect(web1.getByText("2 cores × 2.6 GHz")).toBeVisible();
    await screenshotBothSizes(page, testInfo, "servers-list");

    await web1.getByRole("link", { name: WEB1, exact: true }).click();
    await expect(page.getByRole("heading", { name: WEB1, level: 1 })).toBeVisible();
    await expect(page.getByText("ubuntu-22.04-x86_64").last()).toBeVisible();
    // Additional IPs without a PTR: Time4VPS documents no way to read one, so none is claimed.
    await expect(page.getByText("185.123.100.12").first()).toBeVisible();
    await expect(page.getByText(/^PTR /)).toHaveCount(0);
    await expect(page.getByTestId("dns-servers")).toContainText("1.1.1.1");
    await expect(page.getByTestId("task-panel")).toContainText("VM rebooted successfully");
    await expect(page.getByRole("figure").filter({ hasText: "Bandwidth" }).getByRole("img", { name: "Bandwidth" })).toBeVisible();
    await expect(page.getByRole("img", { name: /CPU usage, daily/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Actions" })).toHaveCount(0);
    for (const name of ["Reboot", "Reinstall", "Reset password", "Web console", "Rename", "Flush firewall", "DNS servers"]) {
      await expect(page.getByRole("button", { name, exact: true })).toHaveCount(0);
    }
    await screenshotBothSizes(page, testInfo, "servers-detail");
  });

  test("a provider over its rate limit (HostBill's silent discard) is shown as rate-limited", async ({ page }) => {
    await setFault("time4vps", { rateLimitPerMinute: 1 });
    // Someone else used this minute's one request: every call of the page is discarded.
    await fetch(`${sandboxOrigin("time4vps")}/api/details`);
    await page.goto("/servers");
    const error = page.getByTestId("connection-error");
    await expect(error).toContainText("Time4VPS (sandbox)");
    await expect(error).toContainText(/too many requests/i);
  });
});

test.describe("servers as an operator", () => {
  test.use({ storageState: authFile("operator") });
  test.afterEach(() => clearFaults("time4vps"));
  test.afterAll(() => resetSandbox("time4vps"));

  test("reboots a server and follows the task to done; other actions wait meanwhile, also after a reload", async ({ page }) => {
    // Long steps, so each state can be seen; the task is finished early at the end.
    await sandboxControl("time4vps", "tasks", { stepMs: 15_000 });
    await openServer(page, WEB1);
    await expect(page.getByRole("button", { name: "Reinstall" })).toHaveCount(0);

    await page.getByRole("button", { name: "Reboot", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Reboot server" });
    await dialog.getByRole("button", { name: "Reboot now" }).click();
    await expect(dialog).toBeHidden();

    const panel = page.getByTestId("task-panel");
    await expect(panel.getByRole("heading", { name: "Task in progress" })).toBeVisible();
    await expect(panel.getByText(/Reboot server: task \d+ started/)).toBeVisible();
    await expect(panel.locator('[aria-current="step"]')).toHaveText("Queued");
    await expect(page.getByTestId("busy-reason")).toContainText("“Reboot” is queued: Time4VPS runs one task per server at a time");
    for (const name of ["Reboot", "Rename", "Reset password", "DNS servers", "Flush firewall"]) {
      await expect(page.getByRole("button", { name, exact: true })).toBeDisabled();
    }
    await expect(page.getByRole("button", { name: "Refresh graph links" })).toBeEnabled();

    // The provider knows the task: a reload still shows it and keeps the actions disabled.
    await page.reload();
    await expect(panel.getByRole("heading", { name: "Task in progress" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Rename", exact: true })).toBeDisabled();

    // And so does the Tasks view.
    await page.goto("/tasks");
    const runningRow = page.getByRole("region", { name: "Running" }).getByTestId("task-row").filter({ hasText: WEB1 });
    await expect(runningRow).toContainText("Reboot");
    await expect(runningRow).toContainText(/Queued|Running/);

    await openServer(page, WEB1);
    await expect(panel.locator('[aria-current="step"]')).toHaveText("Running", { timeout: 25_000 });
    await expect(page.getByRole("button", { name: "Rename", exact: true })).toBeDisabled();

    await sandboxControl("time4vps", "tasks/complete");
    await expect(panel.getByRole("heading", { name: "Latest task" })).toBeVisible();
    await expect(panel.locator('[aria-current="step"]')).toHaveText("Done");
    await expect(panel.getByTestId("task-result")).toHaveText("VM rebooted successfully");
    await expect(page.getByTestId("busy-reason")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Rename", exact: true })).toBeEnabled();
  });

  test("changes DNS servers, with a field error for an invalid address", async ({ page }) => {
    await sandboxControl("time4vps", "tasks", { stepMs: 300 });
    await openServer(page, WEB1);
    await page.getByRole("button", { name: "DNS servers", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Change DNS servers" });
    await expect(dialog.getByLabel("DNS server 1", { exact: true })).toHaveValue("1.1.1.1");
    const second = dialog.getByLabel("DNS server 2 (optional)");
    await second.fill("8.8.8");
    await dialog.getByLabel("DNS server 3 (optional)").fill("2606:4700:4700::1111");
    await dialog.getByRole("button", { name: "Save DNS servers" }).click();
    await expect(dialog.getByText("Enter an IPv4 or IPv6 address, e.g. 1.1.1.1")).toBeVisible();
    await expect(second).toHaveAttribute("aria-invalid", "true");
    await expect(dialog.getByRole("alert")).toContainText("Please correct the highlighted fields.");

    await second.fill("9.9.9.9");
    await dialog.getByRole("button", { name: "Save DNS servers" }).click();
    await expect(dialog).toBeHidden();
    const panel = page.getByTestId("task-panel");
    await expect(panel).toContainText("Change DNS servers");
    await expect(panel.getByTestId("task-result")).toContainText("DNS servers changed to 1.1.1.1, 9.9.9.9, 2606:4700:4700::1111", { timeout: 15_000 });
    await expect(page.getByTestId("dns-servers")).toContainText("9.9.9.9");
  });
});

test.describe("servers as an admin", () => {
  test.use({ storageState: authFile("admin") });
  test.afterAll(() => resetSandbox("time4vps"));

  test("a failing connection shows one error row instead of its servers while the others list theirs", async ({ page }) => {
    // A connection never read before (the read cache keeps what a working one answered): wrong credentials.
    const broken = "Time4VPS (wrong password)";
    await page.goto("/connections");
    await page.getByRole("button", { name: "Add connection" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Provider").selectOption("time4vps");
    await dialog.getByLabel("Name").fill(broken);
    await dialog.getByLabel("API address").fill(`${sandboxOrigin("time4vps")}/api`);
    await dialog.getByLabel("Client email").fill("demo@example.com");
    await dialog.getByLabel("Password").fill("not-the-password");
    await dialog.getByRole("button", { name: "Add connection" }).click();
    await expect(dialog).toBeHidden();
    try {
      await page.goto("/servers");
      const error = page.getByTestId("connection-error");
      await expect(error).toHaveCount(1);
      await expect(error).toContainText(broken);
      await expect(page.getByRole("region", { name: broken }).getByTestId("server-card")).toHaveCount(0);
      await expect(page.getByTestId("server-card")).toHaveCount(3);
    } finally {
      await page.goto("/connections");
      await page.getByRole("button", { name: `Remove ${broken}` }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Remove connection" }).click();
      await expect(page.getByRole("button", { name: `Remove ${broken}` })).toHaveCount(0);
    }
  });

  test("reinstalls a server only after typing its host name", async ({ page }) => {
    await sandboxControl("time4vps", "tasks", { stepMs: 300 });
    await openServer(page, DB1);
    await page.getByRole("button", { name: "Reinstall", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Reinstall server" });
    await expect(dialog).toContainText("Every file and backup on db1.demo-hostdeck.eu is destroyed");
    await dialog.getByLabel("Operating system").selectOption({ label: "AlmaLinux 9" });
    await dialog.getByLabel("Init script (optional)").selectOption({ label: "Install Docker (bash)" });
    const submit = dialog.getByRole("button", { name: "Reinstall and erase" });
    await expect(submit).toBeDisabled();
    await dialog.getByLabel(`Type ${DB1} to confirm`).fill("db1");
    await expect(submit).toBeDisabled();
    await dialog.getByLabel(`Type ${DB1} to confirm`).fill(DB1);
    await expect(submit).toBeEnabled();
    await submit.click();
    await expect(dialog).toBeHidden();

    const panel = page.getByTestId("task-panel");
    await expect(panel).toContainText("Reinstall");
    await expect(panel.getByTestId("task-result")).toContainText("Server reinstalled with AlmaLinux 9.", { timeout: 15_000 });
    await expect(panel.getByTestId("task-result")).toContainText(/Password: \S{8,}/);
    await expect(page.getByText("AlmaLinux 9", { exact: true })).toBeVisible();
  });
});
