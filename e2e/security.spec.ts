import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, request, test } from "@playwright/test";

import { BASE_URL } from "./support/env";
import { authFile } from "./support/users";

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename: string;
  exportedName: string;
}

/** Every server action the built app exposes to a browser, with a page that can receive it. */
function builtActions() {
  const distDir = process.env.HOSTDECK_DIST_DIR ?? ".next";
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0]!;
    const route =
      "/" +
      worker
        .replace(/^app\//, "")
        .replace(/\/?page$/, "")
        .split("/")
        .filter((segment) => segment && !/^\(.*\)$/.test(segment))
        .map((segment) => (segment.startsWith("[") ? "placeholder" : segment))
        .join("/");
    return { id, route, name: entry.exportedName, file: entry.filename };
  });
}

const PUBLIC_ACTIONS = new Set(["signInAction", "setupAction", "acceptInvitationAction", "signOutAction"]);

async function postAction(api: Awaited<ReturnType<typeof request.newContext>>, action: { id: string; route: string }, payload: unknown, origin = BASE_URL) {
  const response = await api.post(action.route, {
    headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: origin },
    data: JSON.stringify([payload]),
  });
  return { status: response.status(), body: await response.text() };
}

test("a POST to every server action without a session is refused", async () => {
  const actions = builtActions();
  expect(actions.length).toBeGreaterThan(10);
  const api = await request.newContext({ baseURL: BASE_URL });
  for (const action of actions.filter((a) => !PUBLIC_ACTIONS.has(a.name))) {
    const { body } = await postAction(api, action, { idempotencyKey: randomUUID() });
    expect(body, `${action.file}#${action.name}`).toContain('"code":"unauthenticated"');
  }
  await api.dispose();
});

test("a cross-origin action POST is refused and changes nothing, while the same POST from the console works", async () => {
  const createTeam = builtActions().find((a) => a.name === "createTeamAction")!;
  const api = await request.newContext({ baseURL: BASE_URL, storageState: authFile("owner") });

  const crossOrigin = await postAction(api, createTeam, { name: "Team From Elsewhere", idempotencyKey: randomUUID() }, "https://evil.example");
  expect(crossOrigin.status).toBeGreaterThanOrEqual(400);

  const sameOrigin = await postAction(api, createTeam, { name: "Team From Console", idempotencyKey: randomUUID() });
  expect(sameOrigin.body).toContain('"ok":true');

  const team = await api.get("/team");
  const html = await team.text();
  expect(html).toContain("Team From Console");
  expect(html).not.toContain("Team From Elsewhere");
  await api.dispose();
});

test("a viewer is refused a mutating action at the action level", async () => {
  const inviteMember = builtActions().find((a) => a.name === "inviteMemberAction")!;
  const api = await request.newContext({ baseURL: BASE_URL, storageState: authFile("viewer") });
  const { body } = await postAction(api, inviteMember, { email: "sneaky@e2e.test", role: "owner", idempotencyKey: randomUUID() });
  expect(body).toContain('"code":"forbidden"');
  await api.dispose();
});

test("oversized and malformed action requests are refused before Next.js answers them with a 500", async () => {
  const createTeam = builtActions().find((a) => a.name === "createTeamAction")!;
  const api = await request.newContext({ baseURL: BASE_URL, storageState: authFile("owner") });
  const post = (data: string | Buffer, headers: Record<string, string> = {}) =>
    api.post(createTeam.route, {
      headers: { "Next-Action": createTeam.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: BASE_URL, ...headers },
      data,
    });

  expect((await post(Buffer.alloc(1024 * 1024 + 10, "a"))).status()).toBe(413);
  expect((await post("[{")).status()).toBe(400);
  expect((await post('["$@1"]')).status()).toBe(400);
  expect((await post("[]", { "Content-Type": "multipart/form-data; boundary=zz" })).status()).toBe(400);
  expect((await post("[]", { "Next-Action": "00".repeat(21) })).status()).toBe(404);
  const nul = await post(JSON.stringify([{ name: "Team\u0000Null", idempotencyKey: randomUUID() }]));
  expect(nul.status()).toBe(200);
  expect(await nul.text()).toContain('"code":"invalid-input"');
  expect((await api.get("/servers/abc%00def/1")).status()).toBe(400);
  await api.dispose();
});
