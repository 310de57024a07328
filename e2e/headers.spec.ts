import { expect, request, test } from "@playwright/test";

import { BASE_URL } from "./support/env";
import { authFile } from "./support/users";

test.use({ storageState: authFile("owner") });

/**
 * The console works under its Content-Security-Policy: every page reachable from the overview (following links,
 * detail pages included) loads, hydrates and runs without a single CSP violation.
 */
test("no page of the console breaks its Content-Security-Policy", async ({ page }) => {
  test.setTimeout(240_000);
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });

  const queue = ["/"];
  const visited = new Set<string>();
  while (queue.length > 0 && visited.size < 60) {
    const path = queue.shift()!;
    if (visited.has(path)) continue;
    visited.add(path);
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
    await page.waitForLoadState("networkidle");
    // Hydrated: React attached to the document (scripts ran with the nonce).
    expect(
      await page.evaluate(
        () =>
          Object.keys(document.body).some((key) => key.startsWith("__react")) ||
          Boolean(document.querySelector("[data-hydrated]")) ||
          typeof (window as unknown as { __next_f?: unknown }).__next_f !== "undefined",
      ),
      path,
    ).toBe(true);
    for (const href of await page.locator("a[href^='/']").evaluateAll((links) => links.map((link) => link.getAttribute("href")!))) {
      const target = href.split("#")[0]!;
      if (!visited.has(target) && !target.startsWith("/api/") && !queue.includes(target)) queue.push(target);
    }
  }
  expect(visited.size).toBeGreaterThan(15);
  expect(violations).toEqual([]);
});

test("every response carries the security headers; a forged X-Forwarded-Proto earns no HSTS", async () => {
  const api = await request.newContext({ baseURL: BASE_URL, storageState: authFile("owner") });
  for (const path of ["/", "/login", "/api/health", "/connections", "/does-not-exist"]) {
    const response = await api.get(path, { headers: { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.9" }, maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(headers["cross-origin-opener-policy"], path).toBe("same-origin");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("same-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
  await api.dispose();
});
