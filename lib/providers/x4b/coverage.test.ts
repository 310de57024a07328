import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { ProviderError } from "../core/errors";
import { createX4bClient } from "./client";
import { documentedMethods } from "./methods";

const here = dirname(fileURLToPath(import.meta.url));

/** Titles of it()/test() calls in the contract test files, read as text. */
function contractTestTitles(): string[] {
  const files = readdirSync(here).filter((name) => /^contract.*\.test\.ts$/.test(name));
  expect(files.length).toBeGreaterThan(0);
  return files.flatMap((name) =>
    [...readFileSync(join(here, name), "utf8").matchAll(/\b(?:it|test)(?:\.\w+)*\(\s*(["'`])((?:\\.|(?!\1).)*?)\1/g)].map(
      (match) => match[2] ?? "",
    ),
  );
}

const client = createX4bClient({
  connectionId: "coverage",
  baseUrl: "http://127.0.0.1:9/api",
  credentials: { authMode: "host-key", hostKey: "unused" },
  transport: {
    request: () => Promise.reject(new ProviderError("upstream-down")),
  },
});

describe("X4B coverage of the document's method list", () => {
  const titles = contractTestTitles();

  it.each(documentedMethods)("$doc has the client function $client and a contract test", ({ doc, client: name }) => {
    expect(typeof (client as Record<string, unknown>)[name]).toBe("function");
    expect(titles.some((title) => title.startsWith(`${doc}:`))).toBe(true);
  });

  it("has no client function outside the document's list", () => {
    const documented = new Set<string>(documentedMethods.map((method) => method.client));
    const functions = Object.entries(client).filter(([, value]) => typeof value === "function").map(([name]) => name);
    expect(functions.filter((name) => !documented.has(name))).toEqual([]);
    expect(functions).toHaveLength(documentedMethods.length);
  });

  it("lists each documented method once", () => {
    expect(new Set(documentedMethods.map((method) => method.doc)).size).toBe(documentedMethods.length);
  });
});
