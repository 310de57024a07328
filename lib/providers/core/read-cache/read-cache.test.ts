import { describe, expect, it, vi } from "vitest";

import { withReadCache } from "./cached-client";
import { defineReadPolicy } from "./policy";
import { ReadCache } from "./read-cache";
import { MemoryReadCacheStore } from "./store";

/** A fake provider client that counts what reaches the provider and lets a test hold an answer back. */
function fakeClient() {
  const calls: string[] = [];
  let services = [{ id: "1", label: "web" }];
  let gate: Promise<void> = Promise.resolve();
  const client = {
    async listServices() {
      calls.push("listServices");
      await gate;
      return services.map((service) => ({ ...service }));
    },
    async getService(input: { id: string }) {
      calls.push(`getService:${input.id}`);
      return services.find((service) => service.id === input.id) ?? null;
    },
    async setLabel(input: { id: string; label: string }) {
      calls.push("setLabel");
      services = services.map((service) => (service.id === input.id ? { ...service, label: input.label } : service));
    },
    async reboot() {
      calls.push("reboot");
    },
    async getSecret() {
      calls.push("getSecret");
      return "s3cret";
    },
  };
  return {
    client,
    calls,
    hold() {
      let release!: () => void;
      gate = new Promise((resolve) => (release = resolve));
      return release;
    },
    changeBehindOurBack(label: string) {
      services = services.map((service) => ({ ...service, label }));
    },
  };
}

const policy = defineReadPolicy<ReturnType<typeof fakeClient>["client"]>({
  reads: { listServices: "list", getService: "detail", getSecret: "never" },
  invalidates: { setLabel: ["listServices", "getService"] },
});

const scope = { connectionId: "conn-1", version: "1" };

describe("provider read cache", () => {
  it("serves 50 identical reads with one upstream call", async () => {
    const fake = fakeClient();
    const client = withReadCache(fake.client, policy, scope, new ReadCache());
    for (let view = 0; view < 50; view++) expect(await client.listServices()).toEqual([{ id: "1", label: "web" }]);
    expect(fake.calls).toEqual(["listServices"]);
  });

  it("keeps one call in flight per key: concurrent readers share it", async () => {
    const fake = fakeClient();
    const client = withReadCache(fake.client, policy, scope, new ReadCache());
    const release = fake.hold();
    const readers = Array.from({ length: 10 }, () => client.listServices());
    release();
    expect(new Set((await Promise.all(readers)).map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(fake.calls).toEqual(["listServices"]);
  });

  it("keys by arguments and connection: another id or another connection is another read", async () => {
    const fake = fakeClient();
    const cache = new ReadCache();
    const one = withReadCache(fake.client, policy, scope, cache);
    const other = withReadCache(fake.client, policy, { connectionId: "conn-2", version: "1" }, cache);
    await one.getService({ id: "1" });
    await one.getService({ id: "2" });
    await one.getService({ id: "1" });
    await other.getService({ id: "1" });
    expect(fake.calls).toEqual(["getService:1", "getService:2", "getService:1"]);
  });

  it("makes stale what a successful write changed, so the next view reads the provider again", async () => {
    const fake = fakeClient();
    const client = withReadCache(fake.client, policy, scope, new ReadCache());
    await client.listServices();
    fake.changeBehindOurBack("changed elsewhere");
    expect((await client.listServices())[0]!.label).toBe("web");
    await client.setLabel({ id: "1", label: "frontend" });
    expect((await client.listServices())[0]!.label).toBe("frontend");
    expect(fake.calls.filter((call) => call === "listServices")).toHaveLength(2);
  });

  it("treats a method the policy does not list as a change that makes every read of the connection stale", async () => {
    const fake = fakeClient();
    const client = withReadCache(fake.client, policy, scope, new ReadCache());
    await client.listServices();
    await client.getService({ id: "1" });
    await client.reboot();
    await client.listServices();
    await client.getService({ id: "1" });
    expect(fake.calls).toEqual(["listServices", "getService:1", "reboot", "listServices", "getService:1"]);
  });

  it("never keeps a read marked never, nor a failure", async () => {
    const fake = fakeClient();
    const cache = new ReadCache();
    const client = withReadCache(fake.client, policy, scope, cache);
    await client.getSecret();
    await client.getSecret();
    expect(fake.calls).toEqual(["getSecret", "getSecret"]);
    let fail = true;
    const flaky = withReadCache(
      {
        async listServices() {
          if (fail) throw new Error("provider down");
          return ["ok"];
        },
      },
      { reads: { listServices: "list" } },
      scope,
      cache,
    );
    await expect(flaky.listServices()).rejects.toThrow("provider down");
    fail = false;
    expect(await flaky.listServices()).toEqual(["ok"]);
  });

  it("does not keep an answer that was in flight while a write made it stale", async () => {
    const fake = fakeClient();
    const client = withReadCache(fake.client, policy, scope, new ReadCache());
    const release = fake.hold();
    const before = client.listServices();
    const write = client.setLabel({ id: "1", label: "frontend" });
    await write;
    release();
    await before;
    expect((await client.listServices())[0]!.label).toBe("frontend");
  });

  it("serves a stale answer at once and refreshes it behind the reader", async () => {
    vi.useFakeTimers();
    try {
      const fake = fakeClient();
      const client = withReadCache(fake.client, policy, scope, new ReadCache());
      await client.listServices();
      fake.changeBehindOurBack("renamed");
      vi.advanceTimersByTime(61_000);
      expect((await client.listServices())[0]!.label).toBe("web");
      await vi.waitFor(() => expect(fake.calls).toEqual(["listServices", "listServices"]));
      expect((await client.listServices())[0]!.label).toBe("renamed");
      vi.advanceTimersByTime(11 * 60_000);
      await client.listServices();
      expect(fake.calls).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it("drops a stale answer whose refresh failed, so the next view shows the provider's failure", async () => {
    vi.useFakeTimers();
    try {
      let down = false;
      const cache = new ReadCache();
      const client = withReadCache(
        {
          async listServices() {
            if (down) throw new Error("provider down");
            return ["ok"];
          },
        },
        { reads: { listServices: "list" } },
        scope,
        cache,
      );
      await client.listServices();
      down = true;
      vi.advanceTimersByTime(61_000);
      expect(await client.listServices()).toEqual(["ok"]);
      await vi.waitFor(async () => expect(await client.listServices().catch((error: Error) => error.message)).toBe("provider down"));
    } finally {
      vi.useRealTimers();
    }
  });

  it("hands each reader its own copy: a caller sorting an answer does not change the cache", async () => {
    const cache = new ReadCache();
    const client = withReadCache({ listServices: async () => [3, 1, 2] }, { reads: { listServices: "list" } }, scope, cache);
    (await client.listServices()).sort();
    expect(await client.listServices()).toEqual([3, 1, 2]);
  });

  it("a changed connection row (new version) never sees the old version's answers", async () => {
    const fake = fakeClient();
    const cache = new ReadCache();
    await withReadCache(fake.client, policy, scope, cache).listServices();
    await withReadCache(fake.client, policy, { ...scope, version: "2" }, cache).listServices();
    expect(fake.calls).toEqual(["listServices", "listServices"]);
  });
});

describe("in-process cache store", () => {
  it("is capped: the least recently used entries go first", async () => {
    const store = new MemoryReadCacheStore({ maxEntries: 3 });
    const entry = (value: unknown) => ({ value, freshUntil: Date.now() + 60_000, staleUntil: Date.now() + 60_000 });
    for (const key of ["a", "b", "c"]) await store.set(key, entry(key));
    await store.get("a");
    await store.set("d", entry("d"));
    expect(store.size).toBe(3);
    expect(await store.get("b")).toBeUndefined();
    expect((await store.get("a"))?.value).toBe("a");
  });

  it("is capped by size too: one huge answer cannot push memory past the cap", async () => {
    const store = new MemoryReadCacheStore({ maxBytes: 10_000 });
    const entry = (value: unknown) => ({ value, freshUntil: Date.now() + 60_000, staleUntil: Date.now() + 60_000 });
    for (let index = 0; index < 100; index++) await store.set(`k${index}`, entry("x".repeat(500)));
    expect(store.size).toBeLessThanOrEqual(20);
    expect((await store.get("k99"))?.value).toHaveLength(500);
  });

  it("drops every entry under a prefix", async () => {
    const store = new MemoryReadCacheStore();
    const entry = { value: 1, freshUntil: Date.now() + 60_000, staleUntil: Date.now() + 60_000 };
    await store.set("c1@1:list:[]", entry);
    await store.set("c1@1:get:[1]", entry);
    await store.set("c2@1:list:[]", entry);
    await store.deletePrefix("c1@");
    expect(await store.get("c1@1:list:[]")).toBeUndefined();
    expect(await store.get("c2@1:list:[]")).toBeDefined();
  });
});
