import { expect, test, type Browser, type Page } from "@playwright/test";

import { adminDatabaseUrl, redisUrl, startCluster, type Cluster } from "./cluster";

/**
 * Two console instances on one PostgreSQL and one Redis behind a round-robin proxy (docs/deploy.md). The
 * steps share one deployment and run in order; the instance killed in the last one stays dead.
 */
test.describe.configure({ mode: "serial", timeout: 180_000 });
test.skip(!adminDatabaseUrl || !redisUrl, "needs TEST_DATABASE_URL and TEST_REDIS_URL (set by .ci/run)");

const owner = { name: "Cluster Owner", email: "owner@cluster.test", password: "correct horse battery staple 1" };
let cluster: Cluster;
let signedIn: Page;
let connections: Record<string, string>;
let healthCheckFrom = 0;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Calls the sandbox of a kind received, optionally only one ip.php action, since a time. */
const callsTo = (kind: string, action?: string, since = 0) =>
  cluster.calls.filter((call) => call.kind === kind && (!action || call.action === action) && call.at >= since).length;

async function signedInPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: cluster.proxyUrl });
  const page = await context.newPage();
  await page.goto("/setup");
  await expect(page.getByRole("checkbox", { name: /Connect the built-in provider sandbox/ })).toBeChecked();
  await page.getByLabel("Your name").fill(owner.name);
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill(owner.password);
  await page.getByLabel("Team name").fill("Cluster team");
  await page.getByRole("button", { name: "Create owner and team" }).click();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  return page;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  cluster = await startCluster();
  signedIn = await signedInPage(browser);
  const rows = await cluster.sql<{ id: string; kind: string }>(`SELECT id, kind FROM "Connection"`);
  connections = Object.fromEntries(rows.map((row) => [row.kind, row.id]));
  expect(Object.keys(connections).sort()).toEqual(["ipmodule", "time4vps", "x4b", "xsserver", "xtream"]);
  // The health-check job looks at connections nobody used for five minutes: make ip.php's look unused.
  await cluster.sql(`UPDATE "Connection" SET "lastSuccessAt" = NULL, "lastErrorAt" = NULL, "lastError" = NULL WHERE id = $1`, [connections.ipmodule]);
  healthCheckFrom = Date.now();
});

test.afterAll(async () => {
  await signedIn?.context().close();
  await cluster?.stop();
});

test("a session signed in through one instance works on the other", async () => {
  for (const instance of cluster.instances) {
    await signedIn.goto(`${instance.url}/`);
    await expect(signedIn).toHaveURL(`${instance.url}/`);
    await expect(signedIn.getByRole("heading", { name: "Overview" })).toBeVisible();
  }
});

test("a circuit breaker opened on one instance is open on the other", async () => {
  const [first, second] = cluster.instances;
  await fetch(`${cluster.sandboxOrigin("xsserver")}/__sandbox/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ mode: "http-503" }),
  });
  // The services list is in each instance's read cache since setup; an edited connection is read anew.
  await cluster.sql(`UPDATE "Connection" SET "updatedAt" = now() WHERE id = $1`, [connections.xsserver]);
  try {
    const services = (instanceUrl: string) =>
      signedIn.request.get(`${instanceUrl}/api/services/${connections.xsserver}`).then((r) => r.json() as Promise<{ error?: { message: string } }>);
    let answer = await services(first!.url);
    for (let attempt = 0; attempt < 8 && !/Paused after repeated failures/.test(answer.error?.message ?? ""); attempt++) answer = await services(first!.url);
    expect(answer.error?.message).toMatch(/Paused after repeated failures/);

    const before = callsTo("xsserver");
    const onSecond = await services(second!.url);
    expect(onSecond).toMatchObject({ error: { message: expect.stringMatching(/Paused after repeated failures; retrying in \d+ s/) } });
    expect(callsTo("xsserver"), "the second instance called the paused provider").toBe(before);
  } finally {
    await fetch(`${cluster.sandboxOrigin("xsserver")}/__sandbox/faults`, { method: "DELETE" });
  }
});

test("a job scheduled by both instances runs once: one health check of an unused connection", async () => {
  test.setTimeout(150_000);
  // Both instances schedule the check every minute; pg-boss sends it once per tick.
  await expect
    .poll(
      async () =>
        (await cluster.sql<{ at: Date | null }>(`SELECT "lastSuccessAt" AS at FROM "Connection" WHERE id = $1`, [connections.ipmodule]))[0]?.at ?? null,
      {
        timeout: 130_000,
        intervals: [2_000],
      },
    )
    .not.toBeNull();
  await sleep(8_000);
  expect(callsTo("ipmodule", "get_client_ip", healthCheckFrom)).toBe(1);
});

test("requests spread over both instances spend one provider budget: at most its worth of calls in a minute", async () => {
  // As the connections form saves it (an edited row is opened anew on every instance).
  await cluster.sql(`UPDATE "Connection" SET "requestsPerMinute" = 5, "updatedAt" = now() WHERE id = $1`, [connections.ipmodule]);
  const from = Date.now();
  const answers: number[] = [];
  for (let i = 1; i <= 12; i++) {
    const response = await signedIn.request.get(`${cluster.proxyUrl}/api/network/${connections.ipmodule}/ip?ip=203.0.113.${i}`);
    answers.push(response.status());
  }
  const served = new Set(cluster.proxied.filter((p) => p.path.includes("/api/network/") && p.path.includes("/ip?")).map((p) => p.instance));
  expect([...served].sort()).toEqual([0, 1]);
  const made = callsTo("ipmodule", "get_ip", from);
  expect(made).toBeGreaterThan(0);
  expect(made, `12 requests made ${made} provider calls within ${Math.round((Date.now() - from) / 1000)} s`).toBeLessThanOrEqual(5);
  expect(answers.filter((status) => status === 200).length).toBeLessThan(12);
});

test("a sign-in lockout earned through one instance holds on the other", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: cluster.proxyUrl });
  const page = await context.newPage();
  await page.goto("/login");
  const message = page.locator('[aria-live="polite"]');
  for (let attempt = 1; attempt <= 8; attempt++) {
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill(`wrong password ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(message).toHaveText(/Wrong email or password|Too many failed attempts/);
    if (/Too many failed attempts/.test((await message.textContent()) ?? "")) break;
  }
  await expect(message).toHaveText(/Too many failed attempts/);
  const signInPosts = cluster.proxied.filter((p) => p.method === "POST" && p.path.startsWith("/login"));
  expect(new Set(signInPosts.map((p) => p.instance)).size, "the failed attempts reached both instances").toBe(2);

  // The right password, on each instance directly: still locked out.
  for (const instance of cluster.instances) {
    await page.goto(`${instance.url}/login`);
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill(owner.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator('[aria-live="polite"]')).toHaveText(/Too many failed attempts/);
  }
  await context.close();
});

test("an instance killed during a server task: the task's end is still recorded by the job", async () => {
  const [first, second] = cluster.instances;
  await fetch(`${cluster.sandboxOrigin("time4vps")}/__sandbox/tasks`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ stepMs: 600_000 }),
  });
  await signedIn.goto(`${first!.url}/servers`);
  await signedIn
    .getByTestId("server-card")
    .filter({ hasText: "web1.demo-hostdeck.eu" })
    .getByRole("link", { name: "web1.demo-hostdeck.eu", exact: true })
    .click();
  await signedIn.getByRole("button", { name: "Reboot", exact: true }).click();
  await signedIn.getByRole("dialog", { name: "Reboot server" }).getByRole("button", { name: "Reboot now" }).click();
  await expect(signedIn.getByTestId("task-panel").getByText(/Reboot server: task \d+ started/)).toBeVisible();

  cluster.kill(first!);
  await fetch(`${cluster.sandboxOrigin("time4vps")}/__sandbox/tasks/complete`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });

  await expect
    .poll(async () => (await cluster.sql<{ state: string }>(`SELECT state FROM "FollowedTask" WHERE action = 'servers.reboot'`)).map((row) => row.state), {
      timeout: 120_000,
      intervals: [1_000],
    })
    .toEqual(["done"]);
  const audits = await cluster.sql<{ message: string; outcome: string }>(`SELECT message, outcome FROM "AuditEvent" WHERE action = 'servers.task-ended'`);
  expect(audits).toEqual([{ message: expect.stringMatching(/^Reboot \(task \d+, servers\.reboot\) finished$/), outcome: "success" }]);
  // The survivor still serves.
  expect((await fetch(`${second!.url}/api/ready`)).status).toBe(200);
});
