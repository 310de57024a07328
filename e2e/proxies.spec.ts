import { expect, test, type Page } from "@playwright/test";

import { sandboxOrigin } from "./support/env";
import { clearFaults, resetSandbox, setFault } from "./support/sandbox";
import { screenshotBothSizes } from "./support/screenshots";
import { authFile } from "./support/users";

// Seeded X4B sandbox: lease 1201 (Los Angeles) with HTTP port 80 for www.example.com (port id 5001) whose rules are
// allow 192.0.2.0/24, allow 198.51.100.7/32, deny 0.0.0.0/0 (first rule first).
const SEEDED = ["allow 192.0.2.0/24", "allow 198.51.100.7/32", "deny 0.0.0.0/0"];

/** The port's rules as the X4B sandbox holds them, read straight from its API with the demo account. */
async function sandboxRules(leaseId: number, portId: number): Promise<string[]> {
  const origin = sandboxOrigin("x4b");
  const login = await fetch(`${origin}/api/User/login.json`, { method: "POST", body: new URLSearchParams({ user: "demo@example.com", pass: "demo-pass" }) });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const answer = await fetch(`${origin}/api/ACL/all.json`, {
    method: "POST",
    headers: { cookie },
    body: new URLSearchParams({ service: String(leaseId), port_id: String(portId) }),
  });
  const body = (await answer.json()) as { response: { mode: string; mask: string }[] };
  return body.response.map((rule) => `${rule.mode} ${rule.mask}`);
}

async function shownRules(page: Page): Promise<string[]> {
  const rows = page.getByTestId("acl-rule");
  return rows.evaluateAll((items) =>
    items.map((item) => `${item.querySelector("span[class*='rounded-full']")?.textContent ?? ""} ${item.getAttribute("data-mask") ?? ""}`),
  );
}

async function openLease(page: Page, leaseId: number) {
  await page.goto("/proxies");
  await page.getByRole("link", { name: `Lease ${leaseId}`, exact: true }).click();
  await expect(page.getByRole("heading", { name: `Lease ${leaseId}`, level: 1 })).toBeVisible();
}

let connectionPath: string | null = null;

/** Straight to the ACL editor of lease 1201's port 5001 (X4B allows 60 calls a minute; no detour through the lists). */
async function openAcl(page: Page) {
  if (!connectionPath) {
    await page.goto("/proxies");
    const href = await page.getByRole("link", { name: "Lease 1201", exact: true }).getAttribute("href");
    connectionPath = href?.replace(/\/1201$/, "") ?? null;
  }
  expect(connectionPath).toMatch(/^\/proxies\/[^/]+$/);
  await page.goto(`${connectionPath}/1201/ports/5001`);
  await expect(page.getByRole("heading", { name: "ACL of port 80 (www.example.com)" })).toBeVisible();
}

test.beforeAll(async ({ browser }) => {
  await resetSandbox("x4b");
  // X4B's default budget is 60 calls a minute and a rule move takes 7; this run makes ~100 calls in about two
  // minutes against the local sandbox, so the sandbox connection gets a larger budget (the product default stays).
  const context = await browser.newContext({ storageState: authFile("admin") });
  const page = await context.newPage();
  await page.goto("/connections");
  await page.getByRole("button", { name: "Edit X4B (sandbox)" }).click();
  await page.getByRole("dialog").getByLabel("Request budget per minute (optional)").fill("600");
  await page.getByRole("dialog").getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await context.close();
});
test.afterEach(() => clearFaults("x4b"));
test.afterAll(() => resetSandbox("x4b"));

test.describe("viewer", () => {
  test.use({ storageState: authFile("viewer") });

  test("reads leases, servers and plans, ports and ACLs, with no change controls", async ({ page }, testInfo) => {
    await page.goto("/proxies");
    await expect(page.getByRole("heading", { name: "Proxies", level: 1 })).toBeVisible();
    const lease = page.getByTestId("lease-1201");
    await expect(lease).toContainText("203.0.113.140");
    await expect(lease).toContainText("Los Angeles, US");
    await expect(lease).toContainText("Business 500GB");
    await expect(lease.getByRole("meter", { name: "Traffic used" })).toHaveAttribute("aria-valuenow", "36.5");
    await expect(page.getByTestId("lease-1203")).toContainText("Not manageable through the X4B API");
    await expect(page.getByRole("button", { name: /Delete lease/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Bulk ACL" })).toHaveCount(0);
    await screenshotBothSizes(page, testInfo, "proxies-list");

    await page.getByRole("link", { name: "Servers and plans" }).click();
    const servers = page.getByRole("table", { name: "Proxy servers" });
    await expect(servers.getByRole("row", { name: /Sydney, AU/ })).toContainText("None left");
    await expect(servers.getByRole("row", { name: /Los Angeles, US/ })).toContainText("4,096");
    await expect(page.getByRole("table", { name: "Proxy plans" }).getByRole("row", { name: /Enterprise 2TB/ })).toContainText("2,000 GB");
    await screenshotBothSizes(page, testInfo, "proxies-reference");

    await openLease(page, 1201);
    await expect(page.getByTestId("port-5004")).toContainText("25565");
    await expect(page.getByRole("button", { name: "Add port" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Edit port/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Delete port/ })).toHaveCount(0);
    await screenshotBothSizes(page, testInfo, "proxies-lease");

    await page.getByRole("link", { name: "ACL rules of port 80 (www.example.com)" }).click();
    await expect(page.getByTestId("acl-rule")).toHaveCount(3);
    expect(await shownRules(page)).toEqual(SEEDED);
    await expect(page.getByRole("button", { name: /^Move / })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Add rule" })).toHaveCount(0);
    await screenshotBothSizes(page, testInfo, "proxies-acl");
  });

  test("an unknown lease or port, a TCP port's ACL, or another team's connection is not found", async ({ page }) => {
    await page.goto("/proxies");
    const href = await page.getByRole("link", { name: "Lease 1201", exact: true }).getAttribute("href");
    const connection = href!.replace(/\/1201$/, "");
    expect((await page.goto(`${connection}/999999`))?.status()).toBe(404);
    // 1203 is a service the API cannot manage, not a lease.
    expect((await page.goto(`${connection}/1203`))?.status()).toBe(404);
    expect((await page.goto(`${connection}/lease-1201`))?.status()).toBe(404);
    expect((await page.goto(`${connection}/1201/ports/999999`))?.status()).toBe(404);
    // Port 5002 is TCP: ACLs exist on HTTP ports only.
    expect((await page.goto(`${connection}/1201/ports/5002`))?.status()).toBe(404);
    expect((await page.goto("/proxies/00000000-0000-4000-8000-000000000000/1201"))?.status()).toBe(404);
    expect((await page.goto("/proxies/00000000-0000-4000-8000-000000000000/1201/ports/5001"))?.status()).toBe(404);
  });
});

test.describe("operator", () => {
  test.use({ storageState: authFile("operator") });

  test("adds, updates and deletes a port; cannot delete a lease", async ({ page }) => {
    await openLease(page, 1202);
    await expect(page.getByRole("button", { name: /Delete lease/ })).toHaveCount(0);

    await page.getByRole("button", { name: "Add port" }).click();
    const add = page.getByRole("dialog", { name: "Add a port" });
    await add.getByLabel("Front port").fill("8443");
    await add.getByLabel("Backend port").fill("443");
    await add.getByLabel("Backend address").fill("not-an-address");
    await add.getByLabel("Type").selectOption("tcp");
    await add.getByRole("button", { name: "Add port" }).click();
    await expect(add.getByText("Must be an IPv4 or IPv6 address")).toBeVisible();
    await add.getByLabel("Backend address").fill("198.51.100.20");
    await add.getByRole("button", { name: "Add port" }).click();
    await expect(page.getByText("Added port 8443 → 198.51.100.20:443.")).toBeVisible();
    const row = page.getByRole("row", { name: /8443/ });
    await expect(row).toContainText("198.51.100.20");
    await expect(row).toContainText("TCP");

    await row.getByRole("button", { name: "Edit port 8443" }).click();
    const edit = page.getByRole("dialog", { name: "Edit port 8443" });
    await edit.getByLabel("Backend port").fill("8443");
    await edit.getByLabel("Keep-alive to the backend").check();
    await edit.getByRole("button", { name: "Save port" }).click();
    await expect(page.getByText("Port 8443 now forwards to 198.51.100.20:8443 with keep-alive.")).toBeVisible();
    await expect(page.getByRole("row", { name: /8443/ })).toContainText("On");

    await page.getByRole("button", { name: "Delete port 8443" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete port 8443" }).click();
    await expect(page.getByText("Deleted port 8443.")).toBeVisible();
    await expect(page.getByRole("row", { name: /8443/ })).toHaveCount(0);
  });

  test("moves an ACL rule: the sandbox holds the same rules in the new order", async ({ page }) => {
    await resetSandbox("x4b");
    await openAcl(page);
    await page.getByRole("button", { name: "Move 192.0.2.0/24 down" }).click();
    await expect(page.getByText(/Moved the allow rule 192.0.2.0\/24 to position 2/)).toBeVisible();
    const expected = ["allow 198.51.100.7/32", "allow 192.0.2.0/24", "deny 0.0.0.0/0"];
    await expect.poll(() => shownRules(page)).toEqual(expected);
    expect(await sandboxRules(1201, 5001)).toEqual(expected);

    await page.getByRole("button", { name: "Move 0.0.0.0/0 up" }).click();
    await expect(page.getByText(/Moved the deny rule 0.0.0.0\/0 to position 2/)).toBeVisible();
    expect(await sandboxRules(1201, 5001)).toEqual(["allow 198.51.100.7/32", "deny 0.0.0.0/0", "allow 192.0.2.0/24"]);
    // A single address cannot be written twice at X4B, so it is not offered for a move.
    await expect(page.getByRole("button", { name: "Move 198.51.100.7/32 down" })).toBeDisabled();
  });

  test("a failure between the two steps loses no rule and says which copy to remove", async ({ page }) => {
    await resetSandbox("x4b");
    await openAcl(page);
    await setFault("x4b", { mode: "http-500", remaining: 1, pathContains: "ACL/delete" });
    await page.getByRole("button", { name: "Move 192.0.2.0/24 down" }).click();
    const alert = page.getByTestId("move-stopped");
    await expect(alert).toContainText("now appears twice");
    await expect(alert).toContainText("its new copy at position 3 (written 192.0.2.1/24, the same range) and the original at position 1");
    await expect(alert).toContainText("Remove the original 192.0.2.0/24 at position 1");
    await expect(alert).toContainText("No rule was lost");
    const held = await sandboxRules(1201, 5001);
    expect(held).toEqual(["allow 192.0.2.0/24", "allow 198.51.100.7/32", "allow 192.0.2.1/24", "deny 0.0.0.0/0"]);
    for (const rule of SEEDED) expect(held).toContain(rule);
    await expect.poll(() => shownRules(page)).toEqual(held);

    await alert.getByRole("button", { name: "Finish the move" }).click();
    await expect(page.getByText(/Moved the allow rule 192.0.2.0\/24 to position 2/)).toBeVisible();
    const expected = ["allow 198.51.100.7/32", "allow 192.0.2.0/24", "deny 0.0.0.0/0"];
    expect(await sandboxRules(1201, 5001)).toEqual(expected);
    await expect.poll(() => shownRules(page)).toEqual(expected);
  });

  test("adds and deletes an ACL rule, with CIDR checked in the form", async ({ page }) => {
    await resetSandbox("x4b");
    await openAcl(page);
    await page.getByLabel("Mode").selectOption("deny");
    await page.getByLabel("Mask (CIDR)").fill("2001:db8::/129");
    await page.getByRole("button", { name: "Add rule" }).click();
    await expect(page.getByText("An IPv6 prefix length is at most 128.")).toBeVisible();
    await page.getByLabel("Mask (CIDR)").fill("2001:DB8::/32");
    await page.getByLabel("Place").selectOption("position");
    await page.getByRole("textbox", { name: "Position" }).fill("2");
    await page.getByRole("button", { name: "Add rule" }).click();
    await expect(page.getByText("Added the rule for 2001:db8::/32.")).toBeVisible();
    const expected = ["allow 192.0.2.0/24", "deny 2001:db8::/32", "allow 198.51.100.7/32", "deny 0.0.0.0/0"];
    await expect.poll(() => shownRules(page)).toEqual(expected);
    expect(await sandboxRules(1201, 5001)).toEqual(expected);

    await page.getByRole("button", { name: "Delete 2001:db8::/32" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete rule" }).click();
    await expect.poll(() => shownRules(page)).toEqual(SEEDED);
  });

  test("applies one rule to many ports with a result per port", async ({ page }, testInfo) => {
    await resetSandbox("x4b");
    await page.goto("/proxies");
    await page.getByRole("link", { name: "Bulk ACL" }).click();
    await expect(page.getByRole("heading", { name: "Bulk ACL" })).toBeVisible();
    await screenshotBothSizes(page, testInfo, "proxies-bulk-acl");
    await page.getByLabel("Mode").selectOption("deny");
    await page.getByLabel("Mask (CIDR)").fill("203.0.113.0/24");
    await page.getByLabel("Place").selectOption("end");
    await page.getByRole("button", { name: "Choose all" }).click();
    await page.getByRole("button", { name: "Apply to 3 ports" }).click();
    await expect(page.getByText("Result: 2 added, 1 already there, 0 failed")).toBeVisible();
    const results = page.getByTestId("bulk-result");
    await expect(results).toHaveCount(3);
    await expect(results.filter({ hasText: "Lease 1201, port 80 (www.example.com)" })).toContainText("Added");
    await expect(results.filter({ hasText: "Lease 1201, port 80 (api.example.com)" })).toContainText("Already there");
    await expect(results.filter({ hasText: "Lease 1202, port 80" })).toContainText("Added");
    await screenshotBothSizes(page, testInfo, "proxies-bulk-acl-result");
    expect((await sandboxRules(1201, 5001)).at(-1)).toBe("deny 203.0.113.0/24");
    expect(await sandboxRules(1202, 5010)).toEqual(["deny 203.0.113.0/24"]);
  });
});

test.describe("admin", () => {
  test.use({ storageState: authFile("admin") });

  test("deletes a lease after confirming", async ({ page }) => {
    await resetSandbox("x4b");
    await page.goto("/proxies");
    await page.getByTestId("lease-1204").getByRole("button", { name: "Delete lease 1204" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete lease 1204?" });
    await dialog.getByRole("button", { name: "Keep it" }).click();
    await expect(page.getByTestId("lease-1204")).toBeVisible();
    await page.getByTestId("lease-1204").getByRole("button", { name: "Delete lease 1204" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete lease 1204" }).click();
    await expect(page.getByTestId("lease-1204")).toHaveCount(0);
    await expect(page.getByTestId("lease-1201")).toBeVisible();
  });
});
