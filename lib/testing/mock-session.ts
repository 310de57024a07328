/**
 * Test doubles for the request context of a server action: who is signed in (lib/auth/session) and the
 * request headers/cookies (next/headers). Use in a test file:
 *   vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/mock-session")).sessionModule());
 *   vi.mock("next/headers", async () => (await import("@/lib/testing/mock-session")).headersModule());
 * then `signInAs(...)` / `signOut()` before calling an action.
 */
import type { Role } from "../auth/permissions";
import type { TeamContext } from "../auth/session";
import { CLIENT_IP_HEADER, EDGE_TOKEN_HEADER, edgeToken } from "../http/client-ip";

export const requestState = {
  session: null as TeamContext | null,
  // As the edge (lib/http/edge.ts) stamps every request it forwards.
  headers: new Headers({ [CLIENT_IP_HEADER]: "203.0.113.7", [EDGE_TOKEN_HEADER]: edgeToken(), host: "localhost:3000" }),
  cookies: new Map<string, string>(),
};

export function signInAs(user: { id: string; email: string; name: string }, team: { id: string; name: string; slug?: string }, role: Role): void {
  requestState.session = {
    user,
    team: { id: team.id, name: team.name, slug: team.slug ?? team.id },
    role,
    teams: [{ id: team.id, name: team.name, role }],
  };
}

export function signOut(): void {
  requestState.session = null;
}

export function sessionModule() {
  return {
    ACTIVE_TEAM_COOKIE: "hostdeck_team",
    currentTeamContext: async () => requestState.session,
    currentUser: async () => requestState.session?.user ?? null,
    requireTeamContext: async () => {
      if (!requestState.session) throw new Error("test: no session");
      return requestState.session;
    },
  };
}

export function headersModule() {
  return {
    headers: async () => requestState.headers,
    cookies: async () => ({
      get: (name: string) => (requestState.cookies.has(name) ? { name, value: requestState.cookies.get(name)! } : undefined),
      set: (name: string, value: string) => void requestState.cookies.set(name, value),
      delete: (name: string) => void requestState.cookies.delete(name),
    }),
  };
}
