import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { ProviderError, type ProviderErrorKind } from "../core/errors";
import { createXtreamClient } from "./client";
import { failure, startXtream, type RunningXtream } from "./test-sandbox";

const SECRET = "demo-api-key";

let xtream: RunningXtream;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  xtream = await startXtream();
  process.on("unhandledRejection", onUnhandled);
});
afterAll(async () => {
  process.off("unhandledRejection", onUnhandled);
  await xtream.close();
});
afterEach(() => xtream.sandbox.reset());

function expectNoSecret(error: unknown): void {
  const shown = [String(error), JSON.stringify(error), (error as Error).stack ?? "", (error as ProviderError).providerMessage ?? ""].join("\n");
  expect(shown).not.toContain(SECRET);
}

const cases: { mode: string; kind: ProviderErrorKind }[] = [
  { mode: "http-500", kind: "upstream-down" },
  { mode: "http-503", kind: "upstream-down" },
  { mode: "timeout", kind: "timeout" },
  { mode: "html", kind: "upstream-down" },
  { mode: "malformed-json", kind: "bad-response" },
  // No session to renew: an expired key is simply refused.
  { mode: "expired-credentials", kind: "auth" },
];

describe("fault injection", () => {
  for (const { mode, kind } of cases) {
    for (const keyPlacement of ["post-field", "url-segment"] as const) {
      it(`${mode} → ${kind} (${keyPlacement}), no secret in the error`, async () => {
        await xtream.setFault({ mode });
        const client = xtream.client({ keyPlacement, timeoutMs: 300 });
        const read = await failure(client.listServers());
        expect(read).toBeInstanceOf(ProviderError);
        expect(read).toMatchObject({ kind });
        expectNoSecret(read);
        const write = await failure(client.createLine({ username: "during-fault" }));
        expect(write).toMatchObject({ kind });
        expectNoSecret(write);
      });
    }
  }

  it("a fault that passes leaves the client working", async () => {
    await xtream.setFault({ mode: "expired-credentials", remaining: 1 });
    const client = xtream.client();
    await expect(client.listServers()).rejects.toMatchObject({ kind: "auth" });
    expect(await client.listServers()).toHaveLength(3);
  });

  it("a panel that cannot be reached is upstream-down, without the key in the message (url-segment)", async () => {
    const client = createXtreamClient({
      connectionId: "xtream-test",
      baseUrl: "http://127.0.0.1:9",
      credentials: { apiKey: SECRET, keyPlacement: "url-segment" },
      transport: {
        request: () => Promise.reject(new ProviderError("upstream-down", { providerMessage: `Could not reach http://127.0.0.1:9/api/servers/list/${SECRET}` })),
      },
    });
    const error = await failure(client.listServers());
    expect(error).toMatchObject({ kind: "upstream-down" });
    expectNoSecret(error);
    expect((error as ProviderError).providerMessage).toContain("[redacted]");
  });

  it("an answer of the wrong shape is bad-response", async () => {
    const client = createXtreamClient({
      connectionId: "xtream-test",
      baseUrl: "http://127.0.0.1:9",
      credentials: { apiKey: SECRET, keyPlacement: "post-field" },
      transport: { request: async () => ({ status: 200, headers: new Headers(), text: JSON.stringify({ result: true, servers: [{ id: "two" }] }) }) },
    });
    expect(await failure(client.listServers())).toMatchObject({ kind: "bad-response" });
    const noResult = createXtreamClient({
      connectionId: "xtream-test",
      baseUrl: "http://127.0.0.1:9",
      credentials: { apiKey: SECRET, keyPlacement: "post-field" },
      transport: { request: async () => ({ status: 200, headers: new Headers(), text: "[]" }) },
    });
    expect(await failure(noResult.listServers())).toMatchObject({ kind: "bad-response" });
  });

  it("left no unhandled rejection behind", async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).toEqual([]);
  });
});
