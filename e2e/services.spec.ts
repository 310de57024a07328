import { expect, test, type Page } from "@playwright/test";

import { clearFaults, resetSandbox, setFault } from "./support/sandbox";
import { screenshotBothSizes } from "./support/screenshots";
import { authFile } from "./support/users";

const T4V = "Time4VPS (sandbox)";
const XS = "XSServer (sandbox)";

async function openList(page: Page) {
  await page.goto("/services");
  await expect(page.getByRole("heading", { name: "Services", level: 1 })).toBeVisible();
  await expect(page.getByTestId("services-loading")).toHaveCount(0);
}

const servicesTable = (page: Page) => page.getByRole("table", { name: "Services" });

async function openService(page: Page, name: string | RegExp) {
  await openList(page);
  await servicesTable(page).getByRole("link", { name }).click();
  await expect(page.getByRole("link", { name: "All services" })).toBeVisible();
}

test.afterAll(async () => {
  await resetSandbox("time4vps");
  await resetSandbox("xsserver");
});

test.describe("viewer", () => {
  test.use({ storageState: authFile("viewer") });

  test("sees every service of both connections, with due-soon rows highlighted, and can sort, filter and search", async ({ page }, testInfo) => {
    await openList(page);
    const table = servicesTable(page);
    await expect(table.getByRole("link", { name: "Web frontend" })).toBeVisible();
    await expect(table.getByRole("link", { name: "Database" })).toBeVisible();
    await expect(table.getByText("Dedicated Server XS-E2236 (64 GB)")).toBeVisible();
    await expect(page.getByText(/no service list: these services were found on the account's invoices/)).toBeVisible();

    // Service 1301 is due in 5 days, 1308 in 2: both flagged; 1302 (200 days) is not.
    const web = table.getByRole("row").filter({ hasText: "web1.demo-hostdeck.eu" });
    await expect(web).toHaveAttribute("data-due", "soon");
    await expect(web.getByText("Due in 5 days")).toBeVisible();
    await expect(table.getByRole("row").filter({ hasText: "db1.demo-hostdeck.eu" })).not.toHaveAttribute("data-due", /.+/);

    await page.getByLabel("Provider").selectOption({ label: XS });
    await expect(table.getByTestId("service-row")).toHaveCount(3);
    await page.getByLabel("Provider").selectOption({ label: "All connections" });
    await page.getByLabel("Status").selectOption("Terminated");
    await expect(table.getByTestId("service-row")).toHaveCount(1);
    await expect(table.getByText("old.demo-hostdeck.eu")).toBeVisible();
    await page.getByLabel("Status").selectOption("");
    await page.getByLabel("Search").fill("backup");
    await expect(table.getByTestId("service-row")).toHaveCount(1);
    await page.getByLabel("Search").fill("");

    // Sorting by price, descending: the annual 172.69 plan comes first.
    await table.getByRole("button", { name: "Price" }).click();
    await table.getByRole("button", { name: "Price" }).click();
    await expect(table.getByTestId("service-row").first()).toContainText("db1.demo-hostdeck.eu");
    await page.getByLabel("Sort by").selectOption("nextDue");

    await screenshotBothSizes(page, testInfo, "services-list");
  });

  test("opens a Time4VPS service and an XSServer one without any change control", async ({ page }, testInfo) => {
    await openService(page, "Web frontend");
    await expect(page.getByRole("heading", { name: "Web frontend", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "All details" })).toBeVisible();
    await expect(page.getByText("web1.demo-hostdeck.eu").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Upgrade", exact: true })).toBeVisible();
    await expect(page.getByTestId("service-addon")).toHaveCount(1);
    await expect(page.getByRole("link", { name: "Edit reverse DNS" })).toHaveAttribute("href", "/dns/reverse");
    await expect(page.getByText("Only operators and admins can request upgrades.")).toBeVisible();
    for (const name of ["Edit label", "Estimate price", "Request cancellation…", "Order…"]) {
      await expect(page.getByRole("button", { name })).toHaveCount(0);
    }
    await screenshotBothSizes(page, testInfo, "services-detail-time4vps");

    await openService(page, /^#10452$/);
    await expect(page.getByRole("heading", { name: "Dedicated Server XS-R7950X (128 GB, dual PSU)", level: 1 })).toBeVisible();
    await expect(page.getByTestId("pdu-port")).toHaveCount(2);
    await expect(page.getByText("198.51.100.20", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: /Power (on|off)/ })).toHaveCount(0);
    await screenshotBothSizes(page, testInfo, "services-detail-xsserver");
  });

  test("a VPN service shows its login name and sessions, never the password", async ({ page }) => {
    await openService(page, /^vpn-1304$|^#1304$/);
    await expect(page.getByRole("heading", { name: "VPN", exact: true })).toBeVisible();
    await expect(page.getByText("vpn1304")).toBeVisible();
    await expect(page.getByText("84.15.183.20")).toBeVisible();
    await expect(page.getByText("qerty982Lm")).toHaveCount(0);
  });
});

test.describe("operator", () => {
  test.use({ storageState: authFile("operator") });

  test("edits a label and powers a PDU port on after confirming; no cancellation control", async ({ page }) => {
    await openService(page, /^#1303$/);
    await expect(page.getByRole("button", { name: "Request cancellation…" })).toHaveCount(0);
    await expect(page.getByText("Only admins can request a cancellation.")).toBeVisible();
    await page.getByRole("button", { name: "Edit label" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Label").fill("Backup box");
    await dialog.getByRole("button", { name: "Save label" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Backup box", level: 1 })).toBeVisible();
    await expect(page.getByTestId("service-label")).toHaveText("Backup box");

    await openService(page, /^#10452$/);
    const port = page.getByTestId("pdu-port").filter({ hasText: "fra-dedi-02 PSU B" });
    await expect(port.getByText("Off", { exact: true })).toBeVisible();
    await port.getByRole("button", { name: "Power on fra-dedi-02 PSU B" }).click();
    const confirm = page.getByRole("dialog", { name: "Power on this outlet?" });
    await confirm.getByRole("button", { name: "Keep as is" }).click();
    await expect(port.getByText("Off", { exact: true })).toBeVisible();
    await port.getByRole("button", { name: "Power on fra-dedi-02 PSU B" }).click();
    await confirm.getByRole("button", { name: "Power on" }).click();
    await expect(page.getByText("fra-dedi-02 PSU B switched on.")).toBeVisible();
    await expect(port.getByText("On", { exact: true })).toBeVisible();
  });

  test("asks for an upgrade estimate before placing the order", async ({ page }) => {
    await openService(page, "Web frontend");
    const requestButton = page.getByRole("button", { name: "Request upgrade…" });
    await expect(requestButton).toBeDisabled();
    await page.getByLabel("Package").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Estimate price" }).click();
    await expect(page.getByTestId("upgrade-estimate")).toContainText("Total");
    await requestButton.click();
    await page.getByRole("dialog").getByRole("button", { name: "Confirm upgrade" }).click();
    await expect(page.getByText(/Upgrade ordered; invoice \d+ was issued/)).toBeVisible();
  });
});

test.describe("admin", () => {
  test.use({ storageState: authFile("admin") });

  test("requests a cancellation, confirmed by typing the label", async ({ page }) => {
    await openService(page, "Database");
    await page.getByRole("button", { name: "Request cancellation…" }).click();
    const dialog = page.getByRole("dialog", { name: "Request cancellation" });
    await dialog.getByLabel("Reason").fill("Consolidating databases");
    const send = dialog.getByRole("button", { name: "Send cancellation" });
    await dialog.getByLabel('Type "Database" to confirm').fill("database");
    await expect(send).toBeDisabled();
    await dialog.getByLabel('Type "Database" to confirm').fill("Database");
    await send.click();
    await expect(page.getByText("Cancellation sent: the service ends at the end of its billing period.")).toBeVisible();

    // HostBill refuses a second request for the same service; the message is the provider's.
    await page.getByRole("button", { name: "Request cancellation…" }).click();
    await dialog.getByLabel("Reason").fill("Again");
    await dialog.getByLabel('Type "Database" to confirm').fill("Database");
    await dialog.getByRole("button", { name: "Send cancellation" }).click();
    await expect(dialog.getByRole("alert")).toContainText("Cancellation request already sent");
  });
});

test.describe("a broken connection", () => {
  test.use({ storageState: authFile("viewer") });
  test.afterEach(async () => {
    await clearFaults("xsserver");
    await clearFaults("time4vps");
  });

  test("shows an error row for XSServer while Time4VPS services render", async ({ page }) => {
    await setFault("xsserver", { mode: "http-500" });
    await openList(page);
    const error = page.getByTestId("connection-error");
    await expect(error).toHaveCount(1);
    await expect(error).toContainText(XS);
    await expect(servicesTable(page).getByRole("link", { name: "Web frontend" })).toBeVisible();
    await expect(servicesTable(page).getByText("Dedicated Server XS-E2236 (64 GB)")).toHaveCount(0);
  });

  test("shows an error row for Time4VPS while XSServer services render", async ({ page }) => {
    // Only the service list fails: a full outage would also open the connection's circuit breaker for 30 s.
    await setFault("time4vps", { mode: "http-500", pathContains: "/service" });
    await openList(page);
    await expect(page.getByTestId("connection-error")).toContainText(T4V);
    await expect(servicesTable(page).getByText("Dedicated Server XS-E2236 (64 GB)")).toBeVisible();
  });
});
