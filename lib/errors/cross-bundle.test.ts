import { describe, expect, it, vi } from "vitest";

/**
 * Next bundles a page, a route and an action each with its own copy of a module, while opened connections (and
 * their adapters) are pooled process-wide: an error made by one copy of a class must be recognised by another.
 */
describe("errors made by another copy of their module", () => {
  it("are still ProviderErrors and AppErrors, and keep their meaning in toAppError", async () => {
    const here = await import("./app-error");
    const hereProvider = await import("../providers/core/errors");
    vi.resetModules();
    const elsewhere = await import("./app-error");
    const elsewhereProvider = await import("../providers/core/errors");
    expect(elsewhere.AppError).not.toBe(here.AppError);

    const upstream = new elsewhereProvider.ProviderError("upstream-down", { providerMessage: "HTTP 500 from ip.php" });
    expect(hereProvider.isProviderError(upstream)).toBe(true);
    expect(here.toAppError(upstream)).toMatchObject({
      code: "provider",
      providerKind: "upstream-down",
      message: expect.stringMatching(/not answering properly/),
    });

    const refused = new elsewhere.AppError("invalid-input", "192.0.2.70 is not assigned to a server");
    expect(refused).toBeInstanceOf(here.AppError);
    expect(here.toFailureSummary(refused)).toEqual({ code: "invalid-input", message: "192.0.2.70 is not assigned to a server" });

    expect(new Error("plain")).not.toBeInstanceOf(here.AppError);
    expect(hereProvider.isProviderError({ kind: "upstream-down" })).toBe(false);
  });
});
