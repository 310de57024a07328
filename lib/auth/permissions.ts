export const roles = ["viewer", "operator", "admin", "owner"] as const;
export type Role = (typeof roles)[number];

const rank: Record<Role, number> = { viewer: 0, operator: 1, admin: 2, owner: 3 };

/**
 * The least role each permission needs (ARCHITECTURE.md "Roles"): viewers read, operators make
 * day-to-day changes, admins manage connections, members and destructive actions, owners the team.
 */
export const permissions = {
  "team:read": "viewer",
  "connections:test": "operator",
  "connections:manage": "admin",
  "members:manage": "admin",
  "audit:read": "admin",
  "team:manage": "owner",
  "resources:change": "operator",
  "resources:destroy": "admin",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return rank[role] >= rank[permissions[permission]];
}

export function outranks(a: Role, b: Role): boolean {
  return rank[a] >= rank[b];
}

export const roleLabels: Record<Role, string> = {
  viewer: "Viewer",
  operator: "Operator",
  admin: "Admin",
  owner: "Owner",
};
