import { parseInput } from "../core/input";
import { parseProviderData } from "../core/parse";
import type { ConnectionContext } from "../core/types";
import { createX4bCaller, type X4bArgs } from "./caller";
import type { X4bCredentials } from "./definition";
import {
  acknowledgementSchema,
  aclListSchema,
  addAclInput,
  addPortInput,
  deleteAclInput,
  deletedCountSchema,
  deletePortInput,
  listAclsInput,
  planListSchema,
  portListSchema,
  portSchema,
  serverListSchema,
  serviceListSchema,
  serviceRefInput,
  statusSchema,
  updatePortInput,
  usageSchema,
  type X4bAcl,
  type X4bAddAclInput,
  type X4bAddPortInput,
  type X4bDeleteAclInput,
  type X4bDeletePortInput,
  type X4bListAclsInput,
  type X4bServiceRef,
  type X4bUpdatePortInput,
} from "./schemas";

const read = { idempotent: true };
const change = { idempotent: false };

function serviceArgs(ref: { service?: number; lease?: number }): X4bArgs {
  return ref.service !== undefined ? { service: ref.service } : { lease: ref.lease };
}

function portArgs(selector: { portId?: number; portFrom?: number }): X4bArgs {
  return selector.portId !== undefined ? { port_id: selector.portId } : { port_from: selector.portFrom };
}

/** One typed function per method of X4B API v1 (see methods.ts and README.md). */
export function createX4bClient(context: ConnectionContext<X4bCredentials>) {
  const caller = createX4bCaller(context);

  return {
    /** User/login: opens a new session (other calls log in by themselves when needed). */
    login: () => caller.login(),

    /** Server/all */
    async listServers() {
      return parseProviderData(serverListSchema, await caller.call("Server", "all", {}, read), "X4B server list");
    },

    /** Plan/all */
    async listPlans() {
      return parseProviderData(planListSchema, await caller.call("Plan", "all", {}, read), "X4B plan list");
    },

    /** Service/all */
    async listServices() {
      return parseProviderData(serviceListSchema, await caller.call("Service", "all", {}, read), "X4B service list");
    },

    /** Service/delete */
    async deleteService(input: X4bServiceRef) {
      const ref = parseInput(serviceRefInput, input);
      return parseProviderData(acknowledgementSchema, await caller.call("Service", "delete", serviceArgs(ref), change), "X4B delete answer");
    },

    /** Service/usage */
    async getServiceUsage(input: X4bServiceRef) {
      const ref = parseInput(serviceRefInput, input);
      return parseProviderData(usageSchema, await caller.call("Service", "usage", serviceArgs(ref), read), "X4B usage");
    },

    /** Port/all */
    async listPorts(input: X4bServiceRef) {
      const ref = parseInput(serviceRefInput, input);
      return parseProviderData(portListSchema, await caller.call("Port", "all", serviceArgs(ref), read), "X4B port list");
    },

    /** Port/add */
    async addPort(input: X4bAddPortInput) {
      const { service, port } = parseInput(addPortInput, input);
      const args = { service, port: { ...port, keepalive: port.keepalive ? 1 : 0 } };
      return parseProviderData(portSchema, await caller.call("Port", "add", args, change), "X4B port");
    },

    /** Port/update */
    async updatePort(input: X4bUpdatePortInput) {
      const { id, port } = parseInput(updatePortInput, input);
      const fields = { ...port, keepalive: port.keepalive === undefined ? undefined : port.keepalive ? 1 : 0 };
      return parseProviderData(portSchema, await caller.call("Port", "update", { id, port: fields }, change), "X4B port");
    },

    /** Port/delete: removes the lease's ports listening on `from` (only the one for `domain` when given). */
    async deletePort(input: X4bDeletePortInput) {
      const { service, port } = parseInput(deletePortInput, input);
      const deleted = parseProviderData(deletedCountSchema, await caller.call("Port", "delete", { service, port }, change), "X4B delete count");
      return { deleted };
    },

    /** ACL/all: rules in evaluation order, first rule first. */
    async listAcls(input: X4bListAclsInput): Promise<X4bAcl[]> {
      const { service, portId } = parseInput(listAclsInput, input);
      const entries = parseProviderData(aclListSchema, await caller.call("ACL", "all", { service, port_id: portId }, read), "X4B ACL list");
      // Rules come first-rule-first; the highest number is the first rule, so without numbers the position gives one.
      return entries.map((entry, index) => ({
        mode: entry.mode,
        mask: entry.mask,
        order: "order" in entry && typeof entry.order === "number" ? entry.order : entries.length - index,
      }));
    },

    /** ACL/addAcl: `order` "start" (default, first rule), "end" (last rule) or a rule number (highest first). */
    async addAcl(input: X4bAddAclInput) {
      const { service, mask, mode, order, ...selector } = parseInput(addAclInput, input);
      const args = { service, ...portArgs(selector), acl: { mask, mode }, order };
      return { status: parseProviderData(statusSchema, await caller.call("ACL", "addAcl", args, change), "X4B ACL status") };
    },

    /** ACL/delete */
    async deleteAcl(input: X4bDeleteAclInput) {
      const { service, mask, ...selector } = parseInput(deleteAclInput, input);
      const args = { service, ...portArgs(selector), mask };
      return { status: parseProviderData(statusSchema, await caller.call("ACL", "delete", args, change), "X4B ACL status") };
    },
  };
}

export type X4bClient = ReturnType<typeof createX4bClient>;
