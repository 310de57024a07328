import { beforeEach, describe, expect, it } from "vitest";

import type { ConnectionRef, PerConnection } from "../core/connections";
import { clearShortCache, shortCached } from "./short-cache";

const connection: ConnectionRef = { id: "c", label: "L", kind: "time4vps", kindLabel: "Time4VPS", isSandbox: true };
const ok = (value: number): PerConnection<number>[] => [{ connection, ok: true, value, ms: 1 }];
const failed: PerConnection<number>[] = [{ connection, ok: false, error: { kind: "upstream-down", message: "down" }, ms: 1 }];

beforeEach(() => clearShortCache());

describe("shortCached", () => {
  it("answers from the cache within the time to live, and loads again after it", async () => {
    let clock = 1_000;
    let loads = 0;
    const load = async () => ok(++loads);
    expect(await shortCached("k", 100, load, () => clock)).toEqual(ok(1));
    clock += 99;
    expect(await shortCached("k", 100, load, () => clock)).toEqual(ok(1));
    clock += 1;
    expect(await shortCached("k", 100, load, () => clock)).toEqual(ok(2));
    expect(await shortCached("other", 100, load, () => clock)).toEqual(ok(3));
  });

  it("shares a call in flight and does not keep an answer with a failed connection", async () => {
    let loads = 0;
    const slow = () => new Promise<PerConnection<number>[]>((resolve) => setTimeout(() => resolve(++loads === 1 ? failed : ok(loads)), 5));
    const [a, b] = await Promise.all([shortCached("k", 10_000, slow), shortCached("k", 10_000, slow)]);
    expect(a).toBe(b);
    expect(loads).toBe(1);
    await Promise.resolve();
    expect(await shortCached("k", 10_000, slow)).toEqual(ok(2));
  });

  it("does not keep a rejected load", async () => {
    await expect(shortCached("k", 10_000, () => Promise.reject(new Error("bug")))).rejects.toThrow("bug");
    expect(await shortCached("k", 10_000, async () => ok(7))).toEqual(ok(7));
  });
});
