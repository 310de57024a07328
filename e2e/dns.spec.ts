import { expect, test, type Page } from "@playwright/test";

import { clearFaults, resetSandbox } from "./support/sandbox";
import { screenshotBothSizes } from "./support/screenshots";
import { authFile } from "./support/users";

async function openZone(page: Page, name: string) {
  await page.goto("/dns");
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test.describe("DNS as an operator", () => {
  test.use({ storageState: authFile("operator") });
  test.afterEach(async () => {
    await clearFaults("time4vps");
    await clearFaults("xsserver");
    await clearFaults("ipmodule");
  });
  test.afterAll(async () => {
    await resetSandbox("time4vps");
    await resetSandbox("xsserver");
    await resetSandbox("ipmodule");
  });

  test("the DNS page lists the zones of the Time4VPS account", async ({ page }, testInfo) => {
    await page.goto("/dns");
    await expect(page.getByRole("heading", { name: "DNS", level: 1 })).toBeVisible();
    const zones = page.getByRole("list", { name: "Zones of Time4VPS (sandbox)" });
    await expect(zones.getByRole("link", { name: "demo-hostdeck.eu", exact: true })).toBeVisible();
    await expect(zones.getByRole("link", { name: "web1-apps.eu", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Add zone" })).toBeVisible();
    // Deleting a zone is for admins: the operator has no delete control.
    await expect(page.getByRole("button", { name: /Delete zone/ })).toHaveCount(0);
    await screenshotBothSizes(page, testInfo, "dns-list");
  });

  test("operator adds (after a field error for an invalid AAAA), edits and deletes a record", async ({ page }, testInfo) => {
    await openZone(page, "demo-hostdeck.eu");
    await page.getByRole("button", { name: "Add record" }).click();
    const form = page.getByRole("form", { name: "Add a record" });
    await form.getByLabel("Name").fill("v6test");
    await form.getByLabel("Type").selectOption("AAAA");
    await form.getByLabel("TTL").fill("600");
    await form.getByLabel("Content").fill("192.0.2.1");
    await form.getByRole("button", { name: "Add record" }).click();
    await expect(form.getByText("An AAAA record needs an IPv6 address, such as 2001:db8::1")).toBeVisible();
    await expect(form.getByLabel("Content")).toHaveAttribute("aria-invalid", "true");

    await form.getByLabel("Content").fill("2001:db8::42");
    await form.getByRole("button", { name: "Add record" }).click();
    const row = page.getByTestId("dns-record").filter({ hasText: "2001:db8::42" });
    await expect(row).toBeVisible();
    await expect(row).toContainText("v6test");
    await expect(row).toContainText("600");

    await page.getByRole("button", { name: "Edit v6test AAAA 2001:db8::42" }).click();
    const edit = page.getByRole("form", { name: "Edit record v6test AAAA" });
    await edit.getByLabel("Content").fill("2001:db8::43");
    await edit.getByLabel("TTL").fill("1200");
    await edit.getByRole("button", { name: "Save" }).click();
    const edited = page.getByTestId("dns-record").filter({ hasText: "2001:db8::43" });
    await expect(edited).toContainText("1200");
    await expect(page.getByTestId("dns-record").filter({ hasText: "2001:db8::42" })).toHaveCount(0);
    await screenshotBothSizes(page, testInfo, "dns-zone-editor");

    await page.getByRole("button", { name: "Delete v6test AAAA 2001:db8::43" }).click();
    await edited.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(page.getByTestId("dns-record").filter({ hasText: "v6test" })).toHaveCount(0);
  });

  test("a CNAME beside an existing record is refused with a field error", async ({ page }) => {
    await openZone(page, "demo-hostdeck.eu");
    await page.getByRole("button", { name: "Add record" }).click();
    const form = page.getByRole("form", { name: "Add a record" });
    await form.getByLabel("Name").fill("www");
    await form.getByLabel("Type").selectOption("CNAME");
    await form.getByLabel("Content").fill("web1.demo-hostdeck.eu");
    await form.getByRole("button", { name: "Add record" }).click();
    await expect(form.getByText(/A CNAME record cannot sit beside other records: www already has A/)).toBeVisible();
  });

  test("zone file: export then import proposes no change; an edited file is applied with a result per record", async ({ page }) => {
    await openZone(page, "web1-apps.eu");
    const exportLink = page.getByRole("link", { name: "Export zone file" });
    const href = await exportLink.getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.ok()).toBe(true);
    expect(response.headers()["content-disposition"]).toContain('filename="web1-apps.eu.zone"');
    const zoneFile = await response.text();
    expect(zoneFile).toContain("$ORIGIN web1-apps.eu.");

    await page.getByRole("button", { name: "Import zone file" }).click();
    const importer = page.getByRole("region", { name: "Import a zone file" });
    await importer.getByLabel("Zone file").fill(zoneFile);
    await importer.getByRole("button", { name: "Preview changes" }).click();
    await expect(importer.getByText(/No changes: the zone already matches this file \(3 records\)/)).toBeVisible();

    const edited = zoneFile.replace(/^api\s+600\s+IN AAAA.*$/m, "").concat('e2e 300 IN TXT "imported by e2e"\n');
    await importer.getByLabel("Zone file").fill(edited);
    await importer.getByRole("button", { name: "Preview changes" }).click();
    const preview = importer.getByTestId("import-preview");
    await expect(preview).toContainText("1 to add");
    await expect(preview).toContainText("1 to remove");
    await preview.getByRole("button", { name: "Apply 2 changes" }).click();
    const results = importer.getByTestId("import-results");
    await expect(results).toContainText("Import applied: 2 done, 0 failed.");
    await expect(page.getByTestId("dns-record").filter({ hasText: "imported by e2e" })).toBeVisible();
    await expect(page.getByTestId("dns-record").filter({ hasText: "AAAA" })).toHaveCount(0);

    // The zone now matches the edited file.
    await importer.getByRole("button", { name: "Preview changes" }).click();
    await expect(importer.getByText(/No changes: the zone already matches this file/)).toBeVisible();
  });

  test("bulk reverse DNS: every address gets its own result, one fails", async ({ page }, testInfo) => {
    await page.goto("/dns");
    await page.getByRole("link", { name: "Reverse DNS" }).click();
    await expect(page.getByRole("heading", { name: "Reverse DNS", level: 1 })).toBeVisible();
    await expect(page.getByTestId("rdns-entry").filter({ hasText: "203.0.113.12" })).toBeVisible();
    // Time4VPS documents no way to read a PTR: shown as unknown, never as "no PTR".
    await expect(page.getByTestId("rdns-entry").filter({ hasText: "185.123.100.13" })).toContainText("unknown (the provider does not report PTRs)");
    await screenshotBothSizes(page, testInfo, "dns-reverse");

    await page
      .getByLabel("Addresses and host names")
      .fill(
        [
          "203.0.113.12 bulk-xs.demo.example.com",
          "185.123.100.13 bulk-t4.demo-hostdeck.eu",
          "192.0.2.11 bulk-ip.demo.example.com",
          "192.0.2.70 not-ours.example.com",
        ].join("\n"),
      );
    await page.getByRole("button", { name: "Apply PTRs" }).click();
    const results = page.getByTestId("rdns-result");
    await expect(results).toHaveCount(4, { timeout: 30_000 });
    await expect(page.getByText("3 updated, 1 failed")).toBeVisible();
    await expect(results.filter({ hasText: "203.0.113.12" })).toContainText("Updated");
    await expect(results.filter({ hasText: "185.123.100.13" })).toContainText(/task #\d+/);
    await expect(results.filter({ hasText: "192.0.2.11" })).toContainText("Updated");
    await expect(results.filter({ hasText: "192.0.2.70" })).toContainText("Failed");
    await expect(page.getByTestId("rdns-entry").filter({ hasText: "203.0.113.12" })).toContainText("bulk-xs.demo.example.com");

    // A bad host name is refused before anything is sent.
    await page.getByLabel("Addresses and host names").fill("203.0.113.13 not_a_host");
    await page.getByRole("button", { name: "Apply PTRs" }).click();
    await expect(page.getByText(/Line 1: 203.0.113.13: Enter a fully qualified host name/)).toBeVisible();

    // ip.php: look an address up and see the PTR just set.
    await page.getByLabel("Address to look up").fill("192.0.2.11");
    await page.getByRole("button", { name: "Look up" }).click();
    await expect(page.getByTestId("rdns-lookup")).toContainText("bulk-ip.demo.example.com");
  });
});

test.describe("DNS as a viewer", () => {
  test.use({ storageState: authFile("viewer") });

  test("the viewer sees zones, records and PTRs but no change control", async ({ page }) => {
    await page.goto("/dns");
    await expect(page.getByRole("link", { name: "demo-hostdeck.eu", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Add zone" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Delete zone/ })).toHaveCount(0);

    await openZone(page, "demo-hostdeck.eu");
    await expect(page.getByTestId("dns-record").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Export zone file" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Add record" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Import zone file" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^(Edit|Delete) / })).toHaveCount(0);

    await page.goto("/dns/reverse");
    await expect(page.getByTestId("rdns-entry").first()).toBeVisible();
    await expect(page.getByLabel("Addresses and host names")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Edit PTR/ })).toHaveCount(0);
  });
});

test.describe("DNS as an admin", () => {
  test.use({ storageState: authFile("admin") });
  test.afterAll(async () => {
    await resetSandbox("time4vps");
  });

  test("an admin adds a zone, then deletes it after confirming", async ({ page }) => {
    await page.goto("/dns");
    await page.getByRole("button", { name: "Add zone" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Domain name").fill("e2e-zone.example");
    await dialog.getByRole("button", { name: "Add zone" }).click();
    await expect(page.getByRole("link", { name: "e2e-zone.example", exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Delete zone e2e-zone.example" }).click();
    await expect(page.getByRole("dialog")).toContainText("cannot be undone");
    await page.getByRole("dialog").getByRole("button", { name: "Delete e2e-zone.example" }).click();
    await expect(page.getByRole("link", { name: "e2e-zone.example", exact: true })).toHaveCount(0);
  });
});
