import { randomUUID } from "node:crypto";

import type { Role } from "../auth/permissions";
import { db } from "../db/client";

/** Small, explicit seeds for tests: each test creates what it needs. Passwords are not hashed here. */
export async function seedTeam(name = `Team ${randomUUID().slice(0, 8)}`) {
  return db().team.create({ data: { name, slug: `t-${randomUUID()}` } });
}

export async function seedUser(name = "Test User", email = `${randomUUID().slice(0, 8)}@example.test`, passwordHash = "not-a-hash") {
  return db().user.create({ data: { name, email, passwordHash }, select: { id: true, email: true, name: true } });
}

export async function seedMember(team: { id: string }, role: Role, name?: string) {
  const user = await seedUser(name ?? `${role} user`);
  const membership = await db().membership.create({ data: { userId: user.id, teamId: team.id, role } });
  return { user, membership };
}

export function newKey(): string {
  return randomUUID();
}
