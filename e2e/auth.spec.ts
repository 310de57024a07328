import { expect, test } from "@playwright/test";

import { users } from "./support/users";

test.describe("signing in and out", () => {
  test("a wrong password and an unknown email get the same clear message", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
    await page.getByLabel("Email").fill(users.owner.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Wrong email or password.")).toBeVisible();

    await page.getByLabel("Email").fill("nobody-here@e2e.test");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Wrong email or password.")).toHaveCount(1);
    await expect(page).toHaveURL(/\/login/);
  });

  test("the owner signs in, signs out, and is asked to sign in again", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(users.owner.email);
    await page.getByLabel("Password").fill(users.owner.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();

    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/connections");
    await expect(page).toHaveURL(/\/login/);
  });

  test("a session cookie copied before sign-out is refused afterwards", async ({ page, browser }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(users.owner.email);
    await page.getByLabel("Password").fill(users.owner.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
    const copied = await page.context().cookies();

    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);

    const elsewhere = await browser.newContext();
    await elsewhere.addCookies(copied);
    const replay = await elsewhere.newPage();
    await replay.goto("/connections");
    await expect(replay).toHaveURL(/\/login/);
    await elsewhere.close();
  });
});
