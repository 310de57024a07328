import { invalidArgument, missingArgument, X4bApiError } from "../api-error";
import { optionalFlag, optionalInt, optionalString, requiredInt, structure } from "../args";
import type { X4bPortRow, X4bState } from "../state";
import { isHostname, isIpAddress } from "../validate";
import { findLease } from "./lookup";
import type { X4bModule } from "./types";

/** A port as PHP hands a database row to json_encode: numeric columns as strings. */
export function portOut(port: X4bPortRow) {
  return {
    id: String(port.id),
    from: String(port.from),
    to: String(port.to),
    addr: port.addr,
    type: port.type,
    keepalive: port.keepalive ? "1" : "0",
    domain: port.domain,
  };
}

function portNumber(value: number | undefined, label: string): number | undefined {
  if (value !== undefined && (value < 1 || value > 65535)) throw invalidArgument(label);
  return value;
}

function backendAddress(value: string | undefined, label: string): string | undefined {
  if (value !== undefined && !isIpAddress(value)) throw invalidArgument(label);
  return value;
}

function portType(value: string | undefined): "http" | "tcp" {
  if (value === undefined) throw missingArgument("port[type]");
  const type = value.toLowerCase();
  if (type !== "http" && type !== "tcp") throw invalidArgument("port[type]");
  return type;
}

function clashes(existing: X4bPortRow, from: number, type: "http" | "tcp", domain: string | null): boolean {
  if (existing.from !== from) return false;
  // HTTP ports share a front port when their domains differ; anything else on the same port collides.
  return !(existing.type === "http" && type === "http" && existing.domain !== domain);
}

function findOwnPort(state: X4bState, accountId: number, id: number): X4bPortRow {
  const port = state.ports.find((row) => row.id === id);
  const owner = port && state.services.find((service) => service.id === port.serviceId);
  if (!port || owner?.accountId !== accountId) throw new X4bApiError("Port not found");
  return port;
}

export const portModule: X4bModule = {
  /** Port/all */
  all: {
    handle: ({ state, account, args }) => {
      const lease = findLease(state, account, args);
      return state.ports.filter((port) => port.serviceId === lease.id).map(portOut);
    },
  },

  /** Port/add: service + port{from, to, addr, type, keepalive[, domain]} */
  add: {
    handle: ({ state, account, args }) => {
      const lease = findLease(state, account, args);
      const input = structure(args, "port");
      if (!input) throw missingArgument("port");
      const from = portNumber(optionalInt(input, "from", "port[from]"), "port[from]");
      const to = portNumber(optionalInt(input, "to", "port[to]"), "port[to]");
      const addr = backendAddress(optionalString(input, "addr", "port[addr]"), "port[addr]");
      if (from === undefined) throw missingArgument("port[from]");
      if (to === undefined) throw missingArgument("port[to]");
      if (addr === undefined) throw missingArgument("port[addr]");
      const type = portType(optionalString(input, "type", "port[type]"));
      const keepalive = optionalFlag(input, "keepalive", "port[keepalive]") ?? false;
      const domain = optionalString(input, "domain", "port[domain]")?.toLowerCase() ?? null;
      if (domain !== null && (type !== "http" || !isHostname(domain))) throw invalidArgument("port[domain]");

      const leasePorts = state.ports.filter((port) => port.serviceId === lease.id);
      if (leasePorts.some((port) => clashes(port, from, type, domain))) {
        throw new X4bApiError(`Port ${from} is already in use on this lease`);
      }
      const plan = state.plans.find((row) => row.id === lease.lease.planId);
      if (plan && leasePorts.length >= plan.portLimit) {
        throw new X4bApiError(`No more ports available on this lease (plan limit ${plan.portLimit})`, "Out of Stock");
      }
      const port: X4bPortRow = { id: state.nextPortId++, serviceId: lease.id, from, to, addr, type, keepalive, domain };
      state.ports.push(port);
      return portOut(port);
    },
  },

  /** Port/update: id + port{to, addr, keepalive}; other fields are not updatable and are ignored. */
  update: {
    handle: ({ state, account, args }) => {
      const port = findOwnPort(state, account.id, requiredInt(args, "id"));
      const input = structure(args, "port");
      if (!input) throw missingArgument("port");
      const to = portNumber(optionalInt(input, "to", "port[to]"), "port[to]");
      const addr = backendAddress(optionalString(input, "addr", "port[addr]"), "port[addr]");
      const keepalive = optionalFlag(input, "keepalive", "port[keepalive]");
      if (to === undefined && addr === undefined && keepalive === undefined) throw missingArgument("port");
      if (to !== undefined) port.to = to;
      if (addr !== undefined) port.addr = addr;
      if (keepalive !== undefined) port.keepalive = keepalive;
      return portOut(port);
    },
  },

  /** Port/delete: service + port[from] (+ port[domain]); answers the number of ports deleted. */
  delete: {
    handle: ({ state, account, args }) => {
      const lease = findLease(state, account, args);
      const input = structure(args, "port");
      const from = input ? portNumber(optionalInt(input, "from", "port[from]"), "port[from]") : undefined;
      if (from === undefined) throw missingArgument("port[from]");
      const domain = input ? optionalString(input, "domain", "port[domain]")?.toLowerCase() : undefined;
      const doomed = state.ports.filter((port) => port.serviceId === lease.id && port.from === from && (domain === undefined || port.domain === domain));
      const doomedIds = new Set(doomed.map((port) => port.id));
      state.ports = state.ports.filter((port) => !doomedIds.has(port.id));
      state.acls = state.acls.filter((acl) => !doomedIds.has(acl.portId));
      return doomed.length;
    },
  },
};
