import type { Page, TestInfo } from "@playwright/test";

export const viewports = {
  phone: { width: 375, height: 812 },
  desktop: { width: 1280, height: 800 },
} as const;

/**
 * Saves full-page screenshots of the current route at 375 px and 1280 px under test-results/ (kept as CI
 * artifacts), waiting for the page to settle at each size.
 */
export async function screenshotBothSizes(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const [label, size] of Object.entries(viewports)) {
    await page.setViewportSize(size);
    await page.waitForLoadState("networkidle");
    const file = testInfo.outputPath(`${name}-${label}-${size.width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await testInfo.attach(`${name} ${size.width}px`, { path: file, contentType: "image/png" });
  }
  if (original) await page.setViewportSize(original);
}
