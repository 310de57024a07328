import { expect, test } from "@playwright/test";

import { clearFaults, setFault } from "./support/sandbox";
import { screenshotBothSizes } from "./support/screenshots";
import { authFile } from "./support/users";

test.use({ storageState: authFile("viewer") });

test.afterEach(async () => {
  await clearFaults("xsserver");
});

test("the overview shows unpaid invoices, renewals, waiting tickets, running tasks and connection health, each linking to its page", async ({
  page,
}, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();

  const invoices = page.getByTestId("overview-invoices");
  await expect(invoices.getByTestId("unpaid-count")).toHaveText("4");
  await expect(invoices).toContainText("2 overdue");
  await expect(invoices.getByTestId("outstanding-total")).toHaveText(["€119.07", "US$182.71"]);
  await expect(invoices.getByRole("link", { name: "Billing" })).toHaveAttribute("href", "/billing");

  const due = page.getByTestId("overview-due");
  // DNS Hosting (2 days), Linux 4 (5 days), VPN Basic (12 days), and the pending RapidSSL certificate.
  await expect(due.getByTestId("due-item").filter({ hasText: "DNS Hosting" })).toContainText("due in 2 d");
  await expect(due.getByTestId("due-item").filter({ hasText: "Linux 4" })).toContainText("due in 5 d");
  await expect(due.getByTestId("due-item").filter({ hasText: "RapidSSL" })).toBeVisible();
  await expect(due.getByTestId("due-item").filter({ hasText: "Linux 8" })).toHaveCount(0);
  await expect(due.getByRole("link", { name: "Services" })).toHaveAttribute("href", "/services");

  const tickets = page.getByTestId("overview-tickets");
  await expect(tickets.getByTestId("waiting-count")).toHaveText("1");
  await expect(tickets).toContainText("#518204 Packet loss on fra-dedi-01");
  await expect(tickets.getByRole("link", { name: "Tickets" })).toHaveAttribute("href", "/tickets");

  const tasks = page.getByTestId("overview-tasks");
  await expect(tasks).toContainText("No server task is running.");
  await expect(tasks.getByRole("link", { name: "Tasks" })).toHaveAttribute("href", "/tasks");

  const health = page.getByTestId("overview-health");
  await expect(health.getByRole("listitem")).toHaveCount(5);
  await expect(health.getByRole("link", { name: "Connections" })).toHaveAttribute("href", "/connections");
  await expect(page.getByTestId("connection-error")).toHaveCount(0);
  await screenshotBothSizes(page, testInfo, "overview");
});

test("a failing connection shows an error row in its card while the other cards render", async ({ page }) => {
  await setFault("xsserver", { mode: "http-500", pathContains: "/tickets" });
  await page.goto("/");
  const tickets = page.getByTestId("overview-tickets");
  await expect(tickets.getByTestId("connection-error")).toContainText("XSServer (sandbox)");
  await expect(tickets.getByTestId("connection-error")).toContainText("not answering properly");
  // XSServer's invoices still answer: the invoice card is whole.
  await expect(page.getByTestId("overview-invoices").getByTestId("unpaid-count")).toHaveText("4");
  await expect(page.getByTestId("overview-invoices").getByTestId("connection-error")).toHaveCount(0);
  await expect(page.getByTestId("overview-due").getByTestId("due-item").first()).toBeVisible();
  await expect(page.getByTestId("connection-error")).toHaveCount(1);
});
