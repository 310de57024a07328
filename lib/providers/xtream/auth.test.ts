import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { ProviderError } from "../core/errors";
import { xtreamProvider } from "./definition";
import { failure, startXtream, type RunningXtream } from "./test-sandbox";

let xtream: RunningXtream;
beforeAll(async () => {
  xtream = await startXtream();
});
afterAll(() => xtream.close());
beforeEach(() => xtream.sandbox.reset());

const placements = ["post-field", "url-segment"] as const;

describe("api_key and IP whitelist", () => {
  for (const keyPlacement of placements) {
    it(`accepts the key as ${keyPlacement}`, async () => {
      expect(await xtream.client({ keyPlacement }).listServers()).toHaveLength(3);
    });

    it(`a wrong key (${keyPlacement}) is auth, and the message does not contain the key`, async () => {
      const apiKey = "wrong-key-0123456789";
      const error = await failure(xtream.client({ keyPlacement, apiKey }).listServers());
      expect(error).toBeInstanceOf(ProviderError);
      expect(error).toMatchObject({ kind: "auth", providerCode: "invalid-api-key", providerMessage: "Invalid API key." });
      expect(JSON.stringify(error) + String(error) + (error as Error).stack).not.toContain(apiKey);
    });
  }

  it("a missing key is auth", async () => {
    const response = await fetch(`${xtream.origin}/api/servers/list`, { method: "POST" });
    expect(await response.json()).toEqual({ result: false, error: "Invalid API key." });
  });

  it("a key in the query string is not one of the documented places, so it is refused", async () => {
    const response = await fetch(`${xtream.origin}/api/servers/list?api_key=demo-api-key`, { method: "POST" });
    expect(await response.json()).toEqual({ result: false, error: "Invalid API key." });
  });

  it("a caller whose IP is not whitelisted is refused (auth), even with the right key", async () => {
    await xtream.setWhitelist(["192.0.2.1"]);
    const error = await failure(xtream.client().listServers());
    expect(error).toMatchObject({ kind: "auth", providerCode: "ip-not-whitelisted" });
    await xtream.setWhitelist(["127.0.0.1"]);
    expect(await xtream.client({ keyPlacement: "url-segment" }).listServers()).toHaveLength(3);
  });

  it("reset restores the whitelist", async () => {
    await xtream.setWhitelist([]);
    xtream.sandbox.reset();
    expect(await xtream.client().listAdministrators()).toHaveLength(2);
  });

  it("an unknown action answers 'Invalid action.'", async () => {
    const response = await fetch(`${xtream.origin}/api/line/explode`, { method: "POST", body: new URLSearchParams({ api_key: "demo-api-key" }) });
    expect(await response.json()).toEqual({ result: false, error: "Invalid action." });
  });
});

describe("testConnection", () => {
  const context = (apiKey: string) => ({
    connectionId: "xtream-test",
    baseUrl: xtream.origin,
    credentials: { apiKey, keyPlacement: "post-field" as const },
    transport: xtream.transport(),
  });

  it("reads servers/list and says what answered", async () => {
    expect(await xtreamProvider.testConnection(context("demo-api-key"))).toEqual({ detail: "API key accepted: 3 servers, 2 online" });
  });

  it("throws the typed auth error for a wrong key", async () => {
    await expect(xtreamProvider.testConnection(context("nope"))).rejects.toMatchObject({ kind: "auth" });
  });
});
