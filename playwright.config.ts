import { defineConfig, devices } from "@playwright/test";

import { assertLocalDatabase } from "./e2e/support/assert-local-database";
import { BASE_URL, E2E_DATA_DIR, E2E_DATABASE_URL, E2E_PORT, sandboxPorts } from "./e2e/support/env";

assertLocalDatabase(E2E_DATABASE_URL);

export default defineConfig({
  testDir: "e2e",
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  // One server, one embedded database: tests run one after another and each seeds what it needs.
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    },
  },
  projects: [
    { name: "setup", testMatch: /setup\/.*\.setup\.ts/, use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "console", testIgnore: [/setup\/.*\.setup\.ts/, /cluster\//], dependencies: ["setup"], use: { ...devices["Desktop Chrome"], channel: undefined } },
    // Two instances on PostgreSQL and Redis (docs/deploy.md); it starts its own servers from the same build.
    { name: "cluster", testMatch: /cluster\/.*\.spec\.ts/, use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
  webServer: {
    // A fresh embedded database every run, started as the README says; the build comes from `npm run build`.
    command: `rm -rf ${E2E_DATA_DIR} && npm start`,
    url: `${BASE_URL}/api/ready`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: E2E_DATABASE_URL,
      PORT: String(E2E_PORT),
      ...(process.env.HOSTDECK_DIST_DIR ? { HOSTDECK_DIST_DIR: process.env.HOSTDECK_DIST_DIR } : {}),
      SANDBOX_X4B_PORT: String(sandboxPorts.x4b),
      SANDBOX_XTREAM_PORT: String(sandboxPorts.xtream),
      SANDBOX_TIME4VPS_PORT: String(sandboxPorts.time4vps),
      SANDBOX_XSSERVER_PORT: String(sandboxPorts.xsserver),
      SANDBOX_IPMODULE_PORT: String(sandboxPorts.ipmodule),
    },
  },
});
