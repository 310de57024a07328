import { expect, test, type Page } from "@playwright/test";

import { sandboxOrigin } from "./support/env";
import { clearFaults, resetSandbox, setFault } from "./support/sandbox";
import { screenshotBothSizes } from "./support/screenshots";
import { authFile } from "./support/users";

const PANEL = "Xtream-UI panel (sandbox)";

async function openLines(page: Page) {
  await page.goto("/iptv/lines");
  await expect(page.getByRole("heading", { name: "IPTV" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "IPTV sections" }).getByRole("link", { name: "Lines" })).toHaveAttribute("aria-current", "page");
}

test.describe("IPTV as a viewer", () => {
  test.use({ storageState: authFile("viewer") });

  test("reads every IPTV page but gets no change controls", async ({ page }) => {
    await openLines(page);
    await expect(page.getByRole("button", { name: /New line/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Add existing/ })).toHaveCount(0);

    await page.goto("/iptv/mag");
    await expect(page.getByRole("button", { name: /New MAG device/ })).toHaveCount(0);

    await page.goto("/iptv/resellers");
    await expect(page.locator('[data-testid="reseller-row"][data-username="northstream"]')).toBeVisible();
    await expect(page.getByRole("button", { name: /Add credits to/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "New reseller" })).toHaveCount(0);

    await page.goto("/iptv/streams");
    await expect(page.getByTestId("stream-row").first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Stream commands" })).toHaveCount(0);
    await expect(page.getByRole("checkbox")).toHaveCount(0);

    await page.goto("/iptv/servers");
    await page.getByRole("link", { name: "LB Frankfurt" }).click();
    await expect(page.getByRole("heading", { name: "LB Frankfurt" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Edit" })).toHaveCount(0);

    await page.goto("/iptv/admins");
    await expect(page.getByTestId("admin-row").filter({ hasText: "support.anna" })).toBeVisible();
    await expect(page.getByRole("button", { name: "New administrator" })).toHaveCount(0);
  });

  test("a line, MAG device or server that is not there, or another team's panel, answers 404", async ({ page }) => {
    await page.goto("/iptv/servers");
    const href = await page.getByRole("link", { name: "Main Server" }).getAttribute("href");
    const connectionId = href!.split("/")[3]!;
    expect((await page.goto(`/iptv/lines/${connectionId}/john.smith`))?.status()).toBe(200);
    await expect(page.getByTestId("subscription-key")).toHaveText("john.smith");
    expect((await page.goto(`/iptv/lines/${connectionId}/no-such-user`))?.status()).toBe(404);
    expect((await page.goto(`/iptv/mag/${connectionId}/00:1A:79:00:00:99`))?.status()).toBe(404);
    expect((await page.goto(`/iptv/mag/${connectionId}/not-a-mac`))?.status()).toBe(404);
    expect((await page.goto(`/iptv/servers/${connectionId}/999`))?.status()).toBe(404);
    expect((await page.goto(`/iptv/servers/${connectionId}/main`))?.status()).toBe(404);
    expect((await page.goto("/iptv/lines/00000000-0000-4000-8000-000000000000/john.smith"))?.status()).toBe(404);
  });
});

test.describe("IPTV as an operator", () => {
  test.describe.configure({ mode: "serial" });
  test.use({ storageState: authFile("operator") });
  test.afterEach(async () => clearFaults("xtream"));
  test.afterAll(async () => resetSandbox("xtream"));

  let username = "";

  test("creates a line with blank credentials and sees the generated ones once", async ({ page }) => {
    await openLines(page);
    await page.getByRole("button", { name: "New line" }).first().click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Max connections").fill("2");
    await dialog.getByLabel("Allowed IPs").fill("192.0.2.1\nnot-an-ip");
    await dialog.getByRole("button", { name: "Create line" }).click();
    await expect(dialog.getByText("Invalid IP address: not-an-ip")).toBeVisible();

    await dialog.getByLabel("Allowed IPs").fill("192.0.2.1");
    await dialog.getByLabel("Notes").fill("Created by the e2e test");
    await dialog.getByRole("button", { name: "Create line" }).click();
    await expect(dialog.getByText(/shown only now/)).toBeVisible();
    username = (await dialog.getByTestId("created-username").textContent()) ?? "";
    const password = (await dialog.getByTestId("created-password").textContent()) ?? "";
    expect(username).toMatch(/^[A-Za-z0-9]{10}$/);
    expect(password).toMatch(/^[A-Za-z0-9]{10}$/);
    await expect(dialog.getByRole("button", { name: "Copy password" })).toBeVisible();
    await dialog.getByRole("button", { name: "Done" }).click();

    await page.getByRole("searchbox", { name: "Search" }).fill(username);
    const row = page.getByTestId("subscription-row").filter({ hasText: username });
    await expect(row).toBeVisible();
    await expect(row).toContainText("enabled");
    await expect(row).toContainText("unlimited");

    // Shown once: opening the dialog again shows an empty form, and the password is nowhere on the page.
    await page.getByRole("button", { name: "New line" }).first().click();
    await expect(page.getByRole("dialog").getByTestId("created-credentials")).toHaveCount(0);
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
    await page.reload();
    await expect(page.getByText(password)).toHaveCount(0);
  });

  test("extends the line by 3 months from now and disables it", async ({ page }) => {
    expect(username).not.toBe("");
    await openLines(page);
    await page.getByRole("searchbox", { name: "Search" }).fill(username);
    await page.getByRole("link", { name: username }).click();
    await expect(page.getByTestId("subscription-key")).toHaveText(username);
    await expect(page.getByText("Allowed IPs")).toBeVisible();
    await expect(page.getByText("192.0.2.1")).toBeVisible();

    await page.getByRole("button", { name: "Extend" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Extend by").selectOption("3");
    await dialog.getByLabel("Counted").selectOption("expiry");
    await expect(dialog.getByTestId("extend-preview")).toContainText("unlimited");
    await dialog.getByLabel("Counted").selectOption("now");
    await dialog.getByRole("button", { name: "Extend" }).click();
    await expect(page.getByText(/Extended: now expires/)).toBeVisible();
    await expect(page.getByText(/expires in (8[89]|9[0-2]) days/)).toBeVisible();

    await page.getByRole("button", { name: "Disable" }).click();
    await expect(page.getByText("Line disabled.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Enable" })).toBeVisible();
    await expect(page.getByText("disabled", { exact: true })).toBeVisible();
    // Deleting is for admins only.
    await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);

    await openLines(page);
    await page.getByRole("searchbox", { name: "Search" }).fill(username);
    const row = page.getByTestId("subscription-row").filter({ hasText: username });
    await expect(row).toContainText("disabled");
    await expect(row).toContainText(/expires in \d+ days/);
  });

  test("adds credits to a reseller: the panel's new balance and a ledger row", async ({ page }) => {
    await page.goto("/iptv/resellers");
    const row = page.locator('[data-testid="reseller-row"][data-username="northstream"]');
    await expect(row.getByTestId("reseller-credits")).toHaveText("120");
    await page.getByRole("button", { name: "Add credits to northstream" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Credits to add").fill("0");
    await dialog.getByRole("button", { name: "Add credits" }).click();
    await expect(dialog.getByText("Enter a number other than 0")).toBeVisible();
    await dialog.getByLabel("Credits to add").fill("15");
    await dialog.getByRole("button", { name: "Add credits" }).click();
    await expect(dialog.getByTestId("new-balance")).toHaveText("New balance of northstream: 135");
    await dialog.getByRole("button", { name: "Done" }).click();

    await expect(row.getByTestId("reseller-credits")).toHaveText("135");
    const ledger = page.getByTestId("ledger-row").first();
    await expect(ledger).toContainText("northstream");
    await expect(ledger).toContainText("Opal Operator");
    await expect(ledger).toContainText("+15");
    await expect(ledger).toContainText("135");
  });

  test("MAG devices: bad and duplicate MACs are field errors, a new one is shown upper-case", async ({ page }) => {
    await page.goto("/iptv/mag");
    await page.getByRole("button", { name: "New MAG device" }).first().click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("MAC address").fill("00:1A:79:ZZ:00:01");
    await dialog.getByRole("button", { name: "Add MAG device" }).click();
    await expect(dialog.getByText("Invalid MAC Address")).toBeVisible();

    await dialog.getByLabel("MAC address").fill("00:1a:79:00:12:34");
    await dialog.getByRole("button", { name: "Add MAG device" }).click();
    await expect(dialog.getByText(/MAC Address already exists/).first()).toBeVisible();

    await dialog.getByLabel("MAC address").fill("00-1a-79-e2-e2-01");
    await dialog.getByRole("button", { name: "Add MAG device" }).click();
    await expect(dialog.getByTestId("created-username")).toHaveText("00:1A:79:E2:E2:01");
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(page.getByTestId("subscription-row").filter({ hasText: "00:1A:79:E2:E2:01" })).toBeVisible();
  });

  test("a line deleted in the panel itself shows as gone once reloaded from the panel, and stops being listed", async ({ page }) => {
    await openLines(page);
    // Listed since first-run setup, which tracks the demo panel's seeded lines.
    await expect(page.getByTestId("subscription-row").filter({ hasText: "maria.k" })).toBeVisible();

    // Deleted in the panel, not through Hostdeck: Hostdeck learns it when it asks the panel again.
    const deleted = await fetch(`${sandboxOrigin("xtream")}/api/line/delete`, {
      method: "POST",
      body: new URLSearchParams({ api_key: "demo-api-key", username: "maria.k" }),
    });
    expect(((await deleted.json()) as { result: boolean }).result).toBe(true);
    await page.getByRole("button", { name: "Reload from panel" }).click();
    const problem = page.getByTestId("subscription-problem").filter({ hasText: "maria.k" });
    await expect(problem).toContainText("no longer at the panel");
    await expect(page.getByTestId("subscription-row").filter({ hasText: "maria.k" })).toHaveCount(0);
    await problem.getByRole("button", { name: "Stop listing" }).click();
    await expect(problem).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId("subscription-row").first()).toBeVisible();
    await expect(page.getByTestId("subscription-problem").filter({ hasText: "maria.k" })).toHaveCount(0);
  });

  test("starts an offline stream and stops it again; the status is refreshed", async ({ page }) => {
    await page.goto("/iptv/streams");
    const eurosport = page.getByTestId("stream-row").filter({ hasText: "Eurosport 1" });
    await expect(eurosport).toHaveAttribute("data-online", "false");
    await page.getByRole("checkbox", { name: "Select Eurosport 1" }).check();
    await page.getByRole("button", { name: /Start \/ restart/ }).click();
    await expect(page.getByTestId("stream-report")).toContainText("1 done");
    await expect(page.getByTestId("stream-row").filter({ hasText: "Eurosport 1" })).toHaveAttribute("data-online", "true");

    await page.getByRole("checkbox", { name: "Select Eurosport 1" }).check();
    await page.getByRole("button", { name: "Stop" }).click();
    await expect(page.getByTestId("stream-row").filter({ hasText: "Eurosport 1" })).toHaveAttribute("data-online", "false");
  });

  test("screenshots of every IPTV page", async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    await openLines(page);
    await expect(page.getByTestId("subscription-row").first()).toBeVisible();
    await screenshotBothSizes(page, testInfo, "iptv-lines");
    await page.getByTestId("subscription-row").first().getByRole("link").click();
    await expect(page.getByTestId("subscription-key")).toBeVisible();
    await screenshotBothSizes(page, testInfo, "iptv-line-detail");
    const pages: [string, string, string][] = [
      ["/iptv/mag", "iptv-mag", "subscription-row"],
      ["/iptv/resellers", "iptv-resellers", "reseller-row"],
      ["/iptv/streams", "iptv-streams", "stream-row"],
      ["/iptv/servers", "iptv-servers", "server-row"],
      ["/iptv/admins", "iptv-admins", "admin-row"],
    ];
    for (const [path, name, row] of pages) {
      await page.goto(path);
      await expect(page.getByTestId(row).first()).toBeVisible();
      await screenshotBothSizes(page, testInfo, name);
    }
    await page.goto("/iptv/servers");
    await page.getByRole("link", { name: "Main Server" }).click();
    await expect(page.getByRole("heading", { name: "Main Server" })).toBeVisible();
    await screenshotBothSizes(page, testInfo, "iptv-server-detail");
    await page.goto("/iptv/mag");
    await page.getByRole("link", { name: "00:1A:79:E2:E2:01" }).click();
    await expect(page.getByTestId("subscription-key")).toBeVisible();
    await screenshotBothSizes(page, testInfo, "iptv-mag-detail");
  });
});

test.describe("IPTV as an admin", () => {
  test.use({ storageState: authFile("admin") });
  test.afterAll(async () => resetSandbox("xtream"));

  test("edits a panel server: an invalid IP is a field error", async ({ page }) => {
    await page.goto("/iptv/servers");
    await page.getByRole("link", { name: "LB Frankfurt" }).click();
    await page.getByRole("button", { name: "Edit" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("VPN IP").fill("10.8.0.999");
    await dialog.getByRole("button", { name: "Save server" }).click();
    await expect(dialog.getByText("Invalid IP address")).toBeVisible();
    await expect(dialog.getByLabel("VPN IP")).toHaveAttribute("aria-invalid", "true");
    await dialog.getByLabel("VPN IP").fill("10.8.0.12");
    await dialog.getByRole("button", { name: "Save server" }).click();
    await expect(page.getByText("Server saved.")).toBeVisible();
    await expect(page.getByText("10.8.0.12")).toBeVisible();
  });

  test("over two panels, the streams page shows the first panel's rows while the slow one is still answering", async ({ page }) => {
    const SLOW = "Slow panel";
    const slowCard = page.getByTestId("connection-card").filter({ has: page.getByRole("heading", { name: SLOW, exact: true }) });
    await page.goto("/connections");
    await page.getByRole("button", { name: "Add connection" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Provider").selectOption("xtream");
    await dialog.getByLabel("Name").fill(SLOW);
    await dialog.getByLabel("API address").fill(sandboxOrigin("xtream"));
    await dialog.getByLabel("API key").fill("demo-api-key");
    await dialog.getByLabel("Send the key as").selectOption("url-segment");
    await dialog.getByRole("button", { name: "Add connection" }).click();
    await expect(dialog).toBeHidden();
    try {
      // Only the second panel sends its key in the URL, so only its calls are slowed down.
      await setFault("xtream", { latencyMs: 8_000, pathContains: "/demo-api-key" });
      await page.goto("/iptv/streams", { waitUntil: "commit" });
      const rows = page.getByTestId("stream-row");
      await expect(rows.filter({ hasText: PANEL }).first()).toBeVisible();
      await expect(page.getByTestId("panels-waiting")).toContainText(SLOW);
      await expect(rows.filter({ hasText: SLOW })).toHaveCount(8);
      await expect(page.getByTestId("panels-waiting")).toHaveCount(0);
      await expect(rows.filter({ hasText: PANEL })).toHaveCount(8);
    } finally {
      await clearFaults("xtream");
      await page.goto("/connections");
      await slowCard.getByRole("button", { name: `Remove ${SLOW}` }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Remove connection" }).click();
      await expect(slowCard).toHaveCount(0);
    }
  });

  test("creates a panel administrator", async ({ page }) => {
    await page.goto("/iptv/admins");
    await page.getByRole("button", { name: "New administrator" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Username").fill("e2e.admin");
    await dialog.getByLabel("Email").fill("e2e.admin@example.test");
    await dialog.getByLabel("Password").fill("long-enough-1");
    await dialog.getByRole("button", { name: "Create administrator" }).click();
    await expect(page.getByTestId("admin-row").filter({ hasText: "e2e.admin" })).toBeVisible();
  });
});
