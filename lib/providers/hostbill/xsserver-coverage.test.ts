import { describe, expect, it } from "vitest";

import { createTransport } from "../core/http";
import { readContractTests } from "../core/testing/coverage";
import { createXsserverClient } from "./xsserver-client";
import { documentedMethods } from "./xsserver-methods";

const { files: contractFiles, titles } = readContractTests(import.meta.url, /^xsserver-contract.*\.test\.ts$/);

const client = createXsserverClient({
  connectionId: "xsserver-coverage",
  baseUrl: "http://127.0.0.1:9/api",
  credentials: { username: "demo@example.com", password: "demo-pass", authMode: "token" },
  transport: createTransport({ connectionId: "xsserver-coverage", baseUrl: "http://127.0.0.1:9/api" }),
});

describe("XSServer documented methods", () => {
  it("lists the document's 21 methods once each", () => {
    expect(documentedMethods).toHaveLength(21);
    expect(new Set(documentedMethods.map((method) => method.doc)).size).toBe(documentedMethods.length);
    expect(new Set(documentedMethods.map((method) => method.client)).size).toBe(documentedMethods.length);
  });

  it("found the contract test files", () => {
    expect(contractFiles.length).toBeGreaterThan(0);
    expect(titles.length).toBeGreaterThan(documentedMethods.length);
  });

  for (const method of documentedMethods) {
    it(`${method.doc} → client.${method.client} exists and has a contract test`, () => {
      expect(typeof (client as Record<string, unknown>)[method.client]).toBe("function");
      expect(
        titles.some((title) => title.startsWith(`${method.doc}:`)),
        `no contract test title starts with "${method.doc}:"`,
      ).toBe(true);
    });
  }

  it("has no client function that is not a documented method", () => {
    expect(Object.keys(client).sort()).toEqual(documentedMethods.map((method) => method.client).sort());
  });
});
