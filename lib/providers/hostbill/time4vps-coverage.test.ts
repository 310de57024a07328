import { describe, expect, it } from "vitest";

import { createTransport } from "../core/http";
import { readContractTests } from "../core/testing/coverage";
import { createTime4vpsClient } from "./time4vps-client";
import { documentedMethods } from "./time4vps-methods";

const { files: contractFiles, titles } = readContractTests(import.meta.url, /^time4vps-contract-.*\.test\.ts$/);

const client = createTime4vpsClient({
  connectionId: "time4vps-coverage",
  baseUrl: "http://127.0.0.1:9/api",
  credentials: { username: "demo@example.com", password: "demo-pass" },
  transport: createTransport({ connectionId: "time4vps-coverage", baseUrl: "http://127.0.0.1:9/api" }),
});

describe("Time4VPS coverage of the document", () => {
  it("finds the contract test files", () => {
    expect(contractFiles.length).toBeGreaterThan(0);
    expect(titles.length).toBeGreaterThan(documentedMethods.length);
  });

  it("lists each documented method once", () => {
    expect(new Set(documentedMethods.map((method) => method.doc)).size).toBe(documentedMethods.length);
    expect(documentedMethods).toHaveLength(73);
  });

  it.each(documentedMethods)("$doc has client function $client", ({ client: name }) => {
    expect(typeof (client as Record<string, unknown>)[name]).toBe("function");
  });

  it.each(documentedMethods)("$doc is exercised by a contract test", ({ doc }) => {
    expect(titles.some((title) => title.startsWith(`${doc}:`))).toBe(true);
  });

  it("has no client function outside the document's list", () => {
    const documented = new Set<string>(documentedMethods.map((method) => method.client));
    expect(Object.keys(client).filter((name) => !documented.has(name))).toEqual([]);
  });
});
