import { describe, expect, it } from "vitest";

import { providerKinds, providerModule } from "../registry";
import type { ConnectionContext } from "../types";

const unusedTransport = { request: () => Promise.reject(new Error("no call expected")) };

describe.each(providerKinds)("%s read policy", (kind) => {
  const provider = providerModule(kind);
  const credentials = provider.definition.credentials.parse(provider.definition.sandbox.credentials);
  const context: ConnectionContext = { connectionId: "policy-test", baseUrl: "http://127.0.0.1:1", credentials, transport: unusedTransport };
  const methods = Object.entries(provider.createClient(context))
    .filter(([, member]) => typeof member === "function")
    .map(([name]) => name);

  it("classifies every client method as a read (with its TTL) or a change (with what it makes stale)", () => {
    const classified = new Set([...Object.keys(provider.readPolicy.reads), ...Object.keys(provider.readPolicy.invalidates ?? {})]);
    expect(methods.filter((name) => !classified.has(name))).toEqual([]);
  });

  it("names only methods the client has", () => {
    const known = new Set(methods);
    const named = [
      ...Object.keys(provider.readPolicy.reads),
      ...Object.keys(provider.readPolicy.invalidates ?? {}),
      ...Object.values(provider.readPolicy.invalidates ?? {}).flat(),
    ];
    expect(named.filter((name) => !known.has(name as string))).toEqual([]);
  });
});
