import { expect, test } from "@playwright/test";

import { resetSandbox, sandboxControl } from "./support/sandbox";
import { screenshotBothSizes } from "./support/screenshots";
import { authFile } from "./support/users";

test.describe("tasks as a viewer", () => {
  test.use({ storageState: authFile("viewer") });

  test("lists recent tasks across servers with passwords masked", async ({ page }, testInfo) => {
    await page.goto("/tasks");
    await expect(page.getByRole("heading", { name: "Tasks", level: 1 })).toBeVisible();
    const recent = page.getByRole("region", { name: "Recent" });
    // Other specs may have run tasks on these servers too: pick the seeded ones by server and task.
    await expect(recent.getByTestId("task-row").filter({ hasText: "web1.demo-hostdeck.eu" }).filter({ hasText: "Reboot" }).first()).toBeVisible();
    const reset = recent.getByTestId("task-row").filter({ hasText: "db1.demo-hostdeck.eu" }).filter({ hasText: "Reset password" });
    await expect(reset).toHaveCount(1);
    await reset.getByText("Result").click();
    await expect(reset.getByTestId("task-result")).toContainText("Password: ••••");
    await expect(page.getByText("Vq7pKs2mXw4Rt9Ln")).toHaveCount(0);
    await screenshotBothSizes(page, testInfo, "tasks");
  });
});

test.describe("tasks as an operator", () => {
  test.use({ storageState: authFile("operator") });
  test.afterAll(() => resetSandbox("time4vps"));

  test("shows a running task, then moves it to recent when it finishes", async ({ page }, testInfo) => {
    await sandboxControl("time4vps", "tasks", { stepMs: 60_000 });
    await page.goto("/servers");
    await page.getByRole("link", { name: "backup.demo-hostdeck.eu" }).first().click();
    await page.getByRole("button", { name: "Flush firewall", exact: true }).click();
    await page.getByRole("dialog", { name: "Flush firewall" }).getByRole("button", { name: "Flush firewall" }).click();
    await expect(page.getByTestId("busy-reason")).toBeVisible();

    await page.goto("/tasks");
    const running = page.getByRole("region", { name: "Running" }).getByTestId("task-row");
    await expect(running).toHaveCount(1);
    await expect(running).toContainText("Flush firewall");
    await expect(page.getByText("1 task running.")).toBeVisible();
    await screenshotBothSizes(page, testInfo, "tasks-running");

    await sandboxControl("time4vps", "tasks/complete");
    await expect(page.getByRole("region", { name: "Running" })).toHaveCount(0, { timeout: 10_000 });
    const done = page.getByRole("region", { name: "Recent" }).getByTestId("task-row").filter({ hasText: "Flush firewall" });
    await expect(done).toContainText("Done");
    await expect(page.getByText("Nothing running.")).toBeVisible();
  });

  test("shows a task the provider failed as failed", async ({ page }) => {
    await sandboxControl("time4vps", "tasks", { stepMs: 60_000 });
    await sandboxControl("time4vps", "faults", { mode: "task-failure", pathContains: "/flushfirewall", remaining: 1 });
    await page.goto("/servers");
    await page.getByRole("link", { name: "backup.demo-hostdeck.eu" }).first().click();
    await page.getByRole("button", { name: "Flush firewall", exact: true }).click();
    await page.getByRole("dialog", { name: "Flush firewall" }).getByRole("button", { name: "Flush firewall" }).click();
    await expect(page.getByTestId("busy-reason")).toBeVisible();

    await sandboxControl("time4vps", "tasks/complete");
    await page.goto("/tasks");
    const failed = page.getByRole("region", { name: "Recent" }).getByTestId("task-row").filter({ hasText: "Flush firewall" }).first();
    await expect(failed).toContainText("Failed");
    await failed.getByText("Result").click();
    await expect(failed.getByTestId("task-result")).toContainText("Task failed");
  });
});
