/**
 * Sign-out ends the session on the server: a session cookie copied before signing out is refused afterwards.
 * Drives Auth.js's own route handlers (sign-in, sign-out, session), as the browser does.
 */
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { openTestDatabase, type TestDatabase } from "@/lib/db/testing";

vi.stubEnv("AUTH_SECRET", "test-auth-secret-that-is-long-enough-0123456789");

const { handlers } = await import("./config");
const { hashPassword } = await import("./password");
const { endAllSessions } = await import("./server-sessions");

const ORIGIN = "http://localhost:3000";
const PASSWORD = "correct horse battery";
let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

/** name=value pairs of the Set-Cookie headers of a response, merged over the jar. */
function keepCookies(jar: Map<string, string>, response: Response): Map<string, string> {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const index = pair!.indexOf("=");
    const name = pair!.slice(0, index);
    const value = pair!.slice(index + 1);
    if (value === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) jar.delete(name);
    else jar.set(name, value);
  }
  return jar;
}

function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

async function call(method: "GET" | "POST", path: string, jar: Map<string, string>, form?: Record<string, string>) {
  const request = new NextRequest(`${ORIGIN}/api/auth/${path}`, {
    method,
    headers: { cookie: cookieHeader(jar), ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}), "x-hostdeck-test": "1" },
    body: form ? new URLSearchParams(form).toString() : undefined,
  });
  const response = await (method === "GET" ? handlers.GET(request) : handlers.POST(request));
  keepCookies(jar, response);
  return response;
}

async function signIn(email: string): Promise<Map<string, string>> {
  const jar = new Map<string, string>();
  const { csrfToken } = (await (await call("GET", "csrf", jar)).json()) as { csrfToken: string };
  await call("POST", "callback/credentials", jar, { csrfToken, email, password: PASSWORD });
  return jar;
}

async function sessionOf(jar: Map<string, string>): Promise<{ user?: { email?: string } } | null> {
  return (await (await call("GET", "session", new Map(jar))).json()) as { user?: { email?: string } } | null;
}

describe("signing out", () => {
  it("refuses a session cookie copied before sign-out", async () => {
    const user = await database.db.user.create({ data: { email: "copied@example.test", name: "Copied", passwordHash: await hashPassword(PASSWORD) } });
    const jar = await signIn(user.email);
    const copied = new Map(jar);
    expect((await sessionOf(copied))?.user?.email).toBe(user.email);

    const { csrfToken } = (await (await call("GET", "csrf", jar)).json()) as { csrfToken: string };
    await call("POST", "signout", jar, { csrfToken });

    expect(await sessionOf(copied)).toBeNull();
  });

  it("sign-out everywhere refuses the cookies of every browser", async () => {
    const user = await database.db.user.create({ data: { email: "everywhere@example.test", name: "Everywhere", passwordHash: await hashPassword(PASSWORD) } });
    const laptop = await signIn(user.email);
    const phone = await signIn(user.email);
    expect((await sessionOf(laptop))?.user?.email).toBe(user.email);
    expect((await sessionOf(phone))?.user?.email).toBe(user.email);
    await endAllSessions(user.id);
    expect(await sessionOf(laptop)).toBeNull();
    expect(await sessionOf(phone)).toBeNull();
  });
});
