import { describe, expect, it, vi } from "vitest";

import { ProviderError } from "../providers/core/errors";
import { AppError, toAppError } from "./app-error";

/** A second copy of a module, as another server bundle has it (its own classes). */
async function anotherCopy<T>(load: () => Promise<T>): Promise<T> {
  vi.resetModules();
  return load();
}

describe("errors thrown by another bundle's copy of their module", () => {
  it("a provider error keeps its kind and words, not a generic failure", async () => {
    const other = await anotherCopy(() => import("../providers/core/errors"));
    expect(other.ProviderError).not.toBe(ProviderError);
    const error = new other.ProviderError("not-found", { providerMessage: "Wrong Username/Password.", field: "username" });
    expect(error).toBeInstanceOf(ProviderError);
    expect(toAppError(error)).toMatchObject({
      code: "not-found",
      providerKind: "not-found",
      fieldErrors: { username: [expect.stringContaining("Wrong Username/Password.")] },
    });
  });

  it("an app error keeps its code and message", async () => {
    const other = await anotherCopy(() => import("./app-error"));
    expect(other.AppError).not.toBe(AppError);
    expect(toAppError(new other.AppError("conflict", "Already there."))).toMatchObject({ code: "conflict", message: "Already there." });
  });

  it("a plain error with the same name is still a bug, answered generically", () => {
    const impostor = Object.assign(new Error("Wrong Username/Password."), { name: "ProviderError", kind: "not-found" });
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(toAppError(impostor, "test")).toMatchObject({ code: "internal" });
  });
});
