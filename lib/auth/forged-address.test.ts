/**
 * The per-address sign-in limit and the audit trail use the address the edge took from the socket: rotating a
 * forged X-Forwarded-For neither sprays past the limit nor writes someone else's address into the audit rows.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openTestDatabase, type TestDatabase } from "@/lib/db/testing";

import { clientIp } from "../http/client-ip";
import { createEdgeHandler } from "../http/edge";
import { trustNoProxy } from "../http/trusted-proxies";
import { verifyCredentials } from "./verify-credentials";

let database: TestDatabase;
let server: Server;
let origin: string;

beforeAll(async () => {
  database = await openTestDatabase();
  // What Auth.js's authorize does with the request: verifyCredentials(email, password, clientIp(request.headers)).
  const edge = createEdgeHandler(
    async (request, response) => {
      const email = new URL(request.url ?? "/", "http://x").searchParams.get("email") ?? "";
      const check = await verifyCredentials(email, "wrong password", clientIp(new Headers(request.headers as Record<string, string>)));
      response.end(JSON.stringify(check));
    },
    { trust: trustNoProxy, dev: false, actionIds: () => null },
  );
  server = createServer((request, response) => void edge(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await database.close();
});

describe("a forged X-Forwarded-For", () => {
  it("changes neither the sign-in throttle key nor the audit IP", async () => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const answer = await fetch(`${origin}/?email=spray${attempt}@example.test`, { headers: { "x-forwarded-for": `203.0.113.${attempt + 1}` } });
      expect(await answer.json()).toMatchObject({ ok: false });
    }
    const next = await fetch(`${origin}/?email=spray-next@example.test`, { headers: { "x-forwarded-for": "198.51.100.200" } });
    expect(await next.json()).toMatchObject({ ok: false, reason: "locked" });

    const addresses = await database.db.auditEvent.findMany({ where: { action: "auth.sign-in", actorEmail: { startsWith: "spray" } }, select: { ip: true } });
    expect(addresses.length).toBe(21);
    expect(new Set(addresses.map((row) => row.ip))).toEqual(new Set(["127.0.0.1"]));
  }, 180_000);
});
