/**
 * The action-request check against React's own encoder, as the browser runs it: whatever the console's forms and
 * hooks send must pass, or the edge would refuse real work.
 */
import { createRequire } from "node:module";

import { describe, expect, it } from "vitest";

import { isWellFormedActionBody } from "./action-request";

const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.browser.js") as {
  encodeReply: (args: unknown[]) => Promise<string | FormData>;
};

async function asRequest(args: unknown[]): Promise<{ contentType: string; body: Buffer }> {
  const encoded = await encodeReply(args);
  const request = new Request("http://x/", {
    method: "POST",
    body: encoded,
    headers: typeof encoded === "string" ? { "content-type": "text/plain;charset=UTF-8" } : {},
  });
  return { contentType: request.headers.get("content-type")!, body: Buffer.from(await request.arrayBuffer()) };
}

describe("action requests as React encodes them", () => {
  it.each([
    ["a plain object", [{ name: "Team", idempotencyKey: "0b8f2f5e-3c1a-4c57-9a53-5f1f6c2b9d10" }]],
    [
      "values that need React's own markers",
      [{ note: "$dollar first", gone: undefined, when: new Date(0), list: ["a", 2, null], nested: { deep: { ok: true } } }],
    ],
    ["no argument", []],
    ["an empty object", [{}]],
  ])("passes %s", async (_name, args) => {
    const { contentType, body } = await asRequest(args as unknown[]);
    expect(await isWellFormedActionBody(contentType, body)).toBe(true);
  });

  it("passes a form, with a file in it, alone or after a previous state", async () => {
    const form = new FormData();
    form.set("name", "x");
    form.set("idempotencyKey", "0b8f2f5e-3c1a-4c57-9a53-5f1f6c2b9d10");
    form.set("zoneFile", new Blob(["$ORIGIN example.com.\n"]), "zone.txt");
    for (const args of [[form], [undefined, form], [{ ok: false, error: "x" }, form]]) {
      const { contentType, body } = await asRequest(args);
      expect(await isWellFormedActionBody(contentType, body)).toBe(true);
    }
  });

  it("refuses references React would resolve to things the console never sends", async () => {
    for (const text of ['["$@0"]', '["$Q1"]', '["$h1"]', '["$F1"]', '["$T"]', '[{"a":"$1"}]']) {
      expect(await isWellFormedActionBody("text/plain;charset=UTF-8", Buffer.from(text)), text).toBe(false);
    }
  });
});
