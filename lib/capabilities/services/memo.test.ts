import { describe, expect, it, vi } from "vitest";

import { forget, memo, remember } from "./memo";

describe("memo", () => {
  it("reuses a value within its lifetime, reloads after it and after forget", async () => {
    vi.useFakeTimers();
    const load = vi.fn(async () => "v");
    await memo("k1", 1_000, load);
    await memo("k1", 1_000, load);
    expect(load).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_001);
    await memo("k1", 1_000, load);
    expect(load).toHaveBeenCalledTimes(2);
    forget("k1");
    await memo("k1", 1_000, load);
    expect(load).toHaveBeenCalledTimes(3);
    vi.useRealTimers();
  });

  it("never keeps a failure", async () => {
    const failing = vi.fn(async () => {
      throw new Error("down");
    });
    await expect(memo("k2", 60_000, failing)).rejects.toThrow("down");
    await Promise.resolve();
    const ok = vi.fn(async () => 1);
    expect(await memo("k2", 60_000, ok)).toBe(1);
  });

  it("serves remembered values", async () => {
    remember("k3", 60_000, "seen");
    expect(await memo("k3", 60_000, async () => "loaded")).toBe("seen");
  });
});
