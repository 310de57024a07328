import path from "node:path";

import { E2E_DATA_DIR } from "./env";

export const roles = ["owner", "admin", "operator", "viewer"] as const;
export type E2eRole = (typeof roles)[number];

export const TEAM_NAME = "E2E Hosting";

export const users: Record<E2eRole, { name: string; email: string; password: string }> = {
  owner: { name: "Olivia Owner", email: "owner@e2e.test", password: "owner-password-1" },
  admin: { name: "Adam Admin", email: "admin@e2e.test", password: "admin-password-1" },
  operator: { name: "Opal Operator", email: "operator@e2e.test", password: "operator-password-1" },
  viewer: { name: "Vera Viewer", email: "viewer@e2e.test", password: "viewer-password-1" },
};

/** storageState file of a signed-in role, written by e2e/setup/team.setup.ts. */
export function authFile(role: E2eRole): string {
  return path.resolve(E2E_DATA_DIR, "auth", `${role}.json`);
}
