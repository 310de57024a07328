import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

export interface DocumentedMethod {
  doc: string;
  client: string;
}

export interface ContractTests {
  files: string[];
  /** Titles of it()/test() calls (string or template literal), read as text. */
  titles: string[];
}

const TEST_TITLE = /\b(?:it|test)(?:\.\w+)*\(\s*(["'`])((?:\\.|(?!\1).)*?)\1/g;

/** The contract test files next to the coverage test (`import.meta.url`) whose names match, and their titles. */
export function readContractTests(coverageTestUrl: string, fileName: RegExp): ContractTests {
  const here = dirname(fileURLToPath(coverageTestUrl));
  const files = readdirSync(here).filter((name) => fileName.test(name));
  const titles = files.flatMap((name) => [...readFileSync(join(here, name), "utf8").matchAll(TEST_TITLE)].map((match) => match[2] ?? ""));
  return { files, titles };
}

/**
 * Every documented method has its client function and a contract test titled "<doc>: ...", and the client has
 * no function the document does not list.
 */
export function describeDocumentedMethodCoverage(name: string, coverageTestUrl: string, client: object, documentedMethods: readonly DocumentedMethod[]): void {
  describe(name, () => {
    const { files, titles } = readContractTests(coverageTestUrl, /^contract.*\.test\.ts$/);
    expect(files.length).toBeGreaterThan(0);

    it.each(documentedMethods)("$doc has the client function $client and a contract test", ({ doc, client: functionName }) => {
      expect(typeof (client as Record<string, unknown>)[functionName]).toBe("function");
      expect(titles.some((title) => title.startsWith(`${doc}:`))).toBe(true);
    });

    it("has no client function outside the document's list", () => {
      const documented = new Set<string>(documentedMethods.map((method) => method.client));
      const functions = Object.entries(client)
        .filter(([, value]) => typeof value === "function")
        .map(([key]) => key);
      expect(functions.filter((key) => !documented.has(key))).toEqual([]);
      expect(functions).toHaveLength(documentedMethods.length);
    });

    it("lists each documented method once", () => {
      expect(new Set(documentedMethods.map((method) => method.doc)).size).toBe(documentedMethods.length);
    });
  });
}
