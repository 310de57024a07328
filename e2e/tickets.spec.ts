import { expect, test, type Page } from "@playwright/test";

import { resetSandbox } from "./support/sandbox";
import { screenshotBothSizes } from "./support/screenshots";
import { authFile } from "./support/users";

test.afterAll(async () => {
  await resetSandbox("xsserver");
});

async function openTickets(page: Page) {
  await page.goto("/tickets");
  await expect(page.getByRole("heading", { name: "Tickets", level: 1 })).toBeVisible();
  await expect(page.getByTestId("ticket-row").first()).toBeVisible();
}

test.describe("viewer", () => {
  test.use({ storageState: authFile("viewer") });

  test("sees the tickets and a thread, without any control to change them", async ({ page }, testInfo) => {
    await openTickets(page);
    await expect(page.getByTestId("ticket-row")).toHaveCount(3);
    // The answered, unread ticket comes first and is marked.
    const first = page.getByTestId("ticket-row").first();
    await expect(first).toContainText("#518204");
    await expect(first).toContainText("Technical Support");
    await expect(first).toContainText("Answered");
    await expect(first.getByTestId("unread")).toBeVisible();
    // XSServer's list gives the opening date only (reading each ticket would mark it read): labelled as such.
    await expect(first).toContainText("opened 2025-05-27 09:12:40");
    await expect(page.getByRole("button", { name: "New ticket" })).toHaveCount(0);
    await screenshotBothSizes(page, testInfo, "tickets-list");

    await first.getByRole("link").click();
    await expect(page.getByRole("heading", { name: "Packet loss on fra-dedi-01 since the night" })).toBeVisible();
    const messages = page.getByTestId("thread-message");
    await expect(messages).toHaveCount(4);
    await expect(messages.nth(0)).toHaveAttribute("data-from", "client");
    await expect(messages.nth(1)).toHaveAttribute("data-from", "staff");
    await expect(messages.nth(1)).toContainText("Provider staff");
    await expect(messages.nth(3)).toContainText("Sure, monitoring is in place");
    await expect(page.getByRole("button", { name: "Send reply" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Close ticket" })).toHaveCount(0);
    await expect(page.getByText("replying, closing and re-opening need an operator")).toBeVisible();
  });
});

test.describe("operator", () => {
  test.use({ storageState: authFile("operator") });

  test("opens a ticket with a department from the provider, replies with text that stays text, closes and re-opens it", async ({ page }, testInfo) => {
    await openTickets(page);
    await page.getByRole("button", { name: "New ticket" }).click();
    const dialog = page.getByRole("dialog", { name: "New ticket" });
    const department = dialog.getByLabel("Department");
    await expect(department.locator("option")).toHaveCount(5);
    await department.selectOption({ label: "Technical Support — Server, network and hardware issues" });
    await dialog.getByLabel("Subject").fill("E2E: disk latency on fra-dedi-02");
    await dialog.getByLabel("Message").fill("Hello,\nlatency spikes since 03:00.");
    await dialog.getByRole("button", { name: "Open ticket" }).click();

    await expect(page).toHaveURL(/\/tickets\/[0-9a-f-]{36}\/\d+$/);
    await expect(page.getByRole("heading", { name: "E2E: disk latency on fra-dedi-02" })).toBeVisible();
    await expect(page.getByText(/Technical Support · XSServer \(sandbox\)/)).toBeVisible();
    const messages = page.getByTestId("thread-message");
    await expect(messages).toHaveCount(1);
    expect(await messages.nth(0).getByTestId("message-body").innerText()).toBe("Hello,\nlatency spikes since 03:00.");

    await page.getByLabel("Reply").fill("First line\n<b>not bold</b>");
    await page.getByRole("button", { name: "Send reply" }).click();
    await expect(messages).toHaveCount(2);
    const reply = messages.nth(1).getByTestId("message-body");
    expect(await reply.innerText()).toBe("First line\n<b>not bold</b>");
    await expect(reply.locator("b")).toHaveCount(0);
    await expect(page.getByText("Client-Reply")).toBeVisible();
    await expect(page.getByLabel("Reply")).toHaveValue("");
    await screenshotBothSizes(page, testInfo, "tickets-thread");

    await page.getByRole("button", { name: "Close ticket" }).click();
    await expect(page.getByRole("button", { name: "Re-open ticket" })).toBeVisible();
    await expect(page.getByText("This ticket is closed. Re-open it to reply.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Send reply" })).toHaveCount(0);

    await page.getByRole("button", { name: "Re-open ticket" }).click();
    await expect(page.getByRole("button", { name: "Close ticket" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Send reply" })).toBeVisible();

    await page.getByRole("link", { name: "All tickets" }).click();
    await expect(page.getByTestId("ticket-row").filter({ hasText: "E2E: disk latency on fra-dedi-02" })).toContainText("Open");
  });

  test("the new-ticket form asks for a department before sending", async ({ page }) => {
    await openTickets(page);
    await page.getByRole("button", { name: "New ticket" }).click();
    const dialog = page.getByRole("dialog", { name: "New ticket" });
    await expect(dialog.getByLabel("Department").locator("option")).toHaveCount(5);
    await dialog.getByLabel("Subject").fill("No department");
    await dialog.getByLabel("Message").fill("Body");
    await dialog.getByRole("button", { name: "Open ticket" }).click();
    // The browser's own required check keeps the form from leaving.
    await expect(dialog).toBeVisible();
    expect(await dialog.getByLabel("Department").evaluate((element) => (element as HTMLSelectElement).validity.valueMissing)).toBe(true);
  });
});
