import { describe, expect, it } from "vitest";

import { readContractTests } from "../core/testing/coverage";
import { createXtreamClient } from "./client";
import { documentedMethods } from "./methods";

const { files: contractFiles, titles } = readContractTests(import.meta.url, /^contract.*\.test\.ts$/);

const client = createXtreamClient({
  connectionId: "coverage",
  baseUrl: "http://127.0.0.1:9",
  credentials: { apiKey: "unused", keyPlacement: "post-field" },
  transport: { request: () => Promise.reject(new Error("coverage test makes no calls")) },
});

describe("coverage of the documented methods", () => {
  it("finds the contract test files", () => {
    expect(contractFiles.length).toBeGreaterThan(0);
    expect(titles.length).toBeGreaterThan(0);
  });

  it("lists each documented method once", () => {
    const docs = documentedMethods.map((method) => method.doc);
    expect(new Set(docs).size).toBe(docs.length);
  });

  for (const method of documentedMethods) {
    it(`${method.doc} has client.${method.client} and a contract test titled "${method.doc}: ..."`, () => {
      expect(typeof (client as Record<string, unknown>)[method.client]).toBe("function");
      expect(titles.some((title) => title.startsWith(`${method.doc}:`))).toBe(true);
    });
  }

  it("has no client method the document does not list", () => {
    const listed = new Set<string>(documentedMethods.map((method) => method.client));
    expect(Object.keys(client).filter((name) => !listed.has(name))).toEqual([]);
  });
});
