import { describe, expect, it } from "vitest";

import { createX4bSandbox } from ".";

/** "Arguments are supplied via GET or POST data": PHP's POST data, never a JSON body. */
const sandbox = createX4bSandbox();

async function answer(init: RequestInit, path = "/api/Server/all.json"): Promise<unknown> {
  const response = await sandbox.app.request(path, init);
  return response.json();
}

describe("X4B argument encodings", () => {
  it("reads arguments from the query string and from a form body, with GET or POST", async () => {
    expect(await answer({ method: "GET" }, "/api/Server/all.json?HOST_KEY=demo-host-key")).toHaveProperty("response");
    expect(await answer({ method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "HOST_KEY=demo-host-key" })).toHaveProperty(
      "response",
    );
  });

  it("a JSON body, or a form body without its content type, supplies no arguments: the key is missing", async () => {
    const notLoggedIn = { error: "Not logged in", code: "Authentication Error" };
    expect(await answer({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ HOST_KEY: "demo-host-key" }) })).toEqual(
      notLoggedIn,
    );
    expect(await answer({ method: "POST", body: "HOST_KEY=demo-host-key" })).toEqual(notLoggedIn);
  });
});
