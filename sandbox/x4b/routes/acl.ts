import { invalidArgument, missingArgument, X4bApiError } from "../api-error";
import { optionalInt, optionalString, structure, type X4bArgs } from "../args";
import type { X4bAclRow, X4bPortRow, X4bState } from "../state";
import { normalizeMask } from "../validate";
import { findLease, type LeaseService } from "./lookup";
import type { X4bModule } from "./types";

const httpOnly = () => new X4bApiError("ACLs are only available on HTTP ports", "Invalid Input");

/** The HTTP port(s) named by `port_id`, or every HTTP port of the lease listening on `port_from`. */
function selectPorts(state: X4bState, lease: LeaseService, args: X4bArgs): X4bPortRow[] {
  const leasePorts = state.ports.filter((port) => port.serviceId === lease.id);
  const portId = optionalInt(args, "port_id");
  if (portId !== undefined) {
    const port = leasePorts.find((row) => row.id === portId);
    if (!port) throw new X4bApiError("Port not found");
    if (port.type !== "http") throw httpOnly();
    return [port];
  }
  const from = optionalInt(args, "port_from");
  if (from === undefined) throw missingArgument("port_id");
  const matching = leasePorts.filter((port) => port.from === from);
  if (matching.length === 0) throw new X4bApiError("Port not found");
  const http = matching.filter((port) => port.type === "http");
  if (http.length === 0) throw httpOnly();
  return http;
}

/** First rule first: the highest number leads. */
function rulesOf(state: X4bState, portId: number): X4bAclRow[] {
  return state.acls.filter((acl) => acl.portId === portId).sort((a, b) => b.order - a.order);
}

/** Keeps a port's numbers contiguous (n … 1) in their current order, so position and number always agree. */
function renumber(state: X4bState, portId: number): void {
  const rules = rulesOf(state, portId);
  rules.forEach((rule, index) => (rule.order = rules.length - index));
}

type Placement = "start" | "end" | number;

function placement(args: X4bArgs): Placement {
  const value = optionalString(args, "order");
  if (value === undefined) return "start";
  const lower = value.toLowerCase();
  if (lower === "start" || lower === "end") return lower;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw invalidArgument("order");
  return Number(value);
}

/** Inserts a rule: "start" above all, "end" below all, N takes number N and lifts the rules numbered N or more. */
function insertRule(state: X4bState, portId: number, rule: Omit<X4bAclRow, "order" | "portId">, where: Placement): void {
  const rules = rulesOf(state, portId);
  const highest = rules[0]?.order ?? 0;
  const order = where === "start" ? highest + 1 : where === "end" ? 1 : where;
  for (const existing of rules) if (existing.order >= order) existing.order += 1;
  state.acls.push({ portId, order, ...rule });
  renumber(state, portId);
}

function requiredMask(value: string | undefined, label: string): string {
  if (value === undefined) throw missingArgument(label);
  const mask = normalizeMask(value);
  if (!mask) throw invalidArgument(label);
  return mask;
}

export const aclModule: X4bModule = {
  /** ACL/all: service + port_id → [{mode, mask}] in evaluation order. */
  all: {
    handle: ({ state, account, args }) => {
      const [port] = selectPorts(state, findLease(state, account, args), args);
      return port ? rulesOf(state, port.id).map((acl) => ({ mode: acl.mode, mask: acl.mask })) : [];
    },
  },

  /** ACL/addAcl: service + port_id|port_from + acl[mask] + acl[mode] (+ order) → status. */
  addacl: {
    handle: ({ state, account, args }) => {
      const ports = selectPorts(state, findLease(state, account, args), args);
      const acl = structure(args, "acl");
      const mask = requiredMask(acl && optionalString(acl, "mask", "acl[mask]"), "acl[mask]");
      const mode = acl && optionalString(acl, "mode", "acl[mode]")?.toLowerCase();
      if (mode === undefined) throw missingArgument("acl[mode]");
      if (mode !== "allow" && mode !== "deny") throw invalidArgument("acl[mode]");
      const where = placement(args);
      if (ports.some((port) => state.acls.some((rule) => rule.portId === port.id && rule.mask === mask))) {
        throw new X4bApiError(`An ACL for ${mask} already exists on this port`);
      }
      for (const port of ports) insertRule(state, port.id, { mask, mode }, where);
      return "success";
    },
  },

  /** ACL/delete: service + port_id|port_from + mask → status. */
  delete: {
    handle: ({ state, account, args }) => {
      const ports = selectPorts(state, findLease(state, account, args), args);
      const nested = structure(args, "acl");
      const raw = optionalString(args, "mask") ?? (nested && optionalString(nested, "mask", "acl[mask]"));
      const mask = requiredMask(raw, "mask");
      const portIds = new Set(ports.map((port) => port.id));
      const before = state.acls.length;
      state.acls = state.acls.filter((rule) => !(portIds.has(rule.portId) && rule.mask === mask));
      if (state.acls.length === before) throw new X4bApiError("No ACL matches this mask");
      for (const portId of portIds) renumber(state, portId);
      return "success";
    },
  },
};
