import { expect, test as setup, type Browser } from "@playwright/test";

import { authFile, roles, TEAM_NAME, users, type E2eRole } from "../support/users";

setup.describe.configure({ mode: "serial" });

setup("first visit shows the first-run page, which creates the owner and the team and then is gone", async ({ page, browser }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Welcome to Hostdeck" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /Connect the built-in provider sandbox/ })).toBeChecked();

  const owner = users.owner;
  await page.getByLabel("Your name").fill(owner.name);
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill(owner.password);
  await page.getByLabel("Team name").fill(TEAM_NAME);
  await page.getByRole("button", { name: "Create owner and team" }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await expect(page.getByText(/connections point at the built-in provider sandbox/)).toBeVisible();
  await page.context().storageState({ path: authFile("owner") });

  // Gone for everyone afterwards: the owner and a stranger alike.
  expect((await page.goto("/setup"))?.status()).toBe(404);
  const stranger = await browser.newContext();
  expect((await (await stranger.newPage()).goto("/setup"))?.status()).toBe(404);
  await stranger.close();
});

async function acceptInvitation(browser: Browser, link: string, role: E2eRole) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: `Join ${TEAM_NAME}` })).toBeVisible();
  await page.getByLabel("Your name").fill(users[role].name);
  await page.getByLabel("Choose a password").fill(users[role].password);
  await page.getByRole("button", { name: "Join the team" }).click();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await context.storageState({ path: authFile(role) });
  // The link works once.
  const again = await (await browser.newContext()).newPage();
  await again.goto(link);
  await expect(again.getByRole("heading", { name: "This invitation link is no longer valid" })).toBeVisible();
  await context.close();
}

for (const role of roles.filter((r) => r !== "owner")) {
  setup(`the owner invites an ${role}, who sets a password and joins`, async ({ browser }) => {
    const context = await browser.newContext({ storageState: authFile("owner") });
    const page = await context.newPage();
    await page.goto("/team");
    await page.getByRole("button", { name: "Invite member" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Email").fill(users[role].email);
    await dialog.getByLabel("Role").selectOption(role);
    await dialog.getByRole("button", { name: "Create invitation link" }).click();
    const link = await dialog.getByRole("textbox", { name: "Invitation link" }).inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{40,}$/);
    await context.close();
    await acceptInvitation(browser, link, role);
  });
}
