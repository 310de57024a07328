"use server";

import { teamAction, type TeamActionContext } from "@/lib/actions/define-action";

import { withAdapter, type ConnectionRef } from "../core/connections";
import type { ProxiesAdapter } from "./adapter";
import { applyBulkAcl } from "./apply-bulk-acl";
import { addAclRuleAt, addLeasePort, deleteLeasePort } from "./change-proxy";
import { finishAclMove, moveAclRule } from "./move-acl-rule";
import {
  addAclRuleInput,
  addPortInput,
  bulkAclInput,
  deleteAclRuleInput,
  deleteLeaseInput,
  deletePortInput,
  finishAclMoveInput,
  moveAclRuleInput,
  updatePortInput,
} from "./schemas";

/** Notes the target, opens the team's proxy connection, notes it for the audit row (failures too) and hands on its adapter. */
function onProxies<T>(ctx: TeamActionContext, connectionId: string, target: string, work: (adapter: ProxiesAdapter, connection: ConnectionRef) => Promise<T>) {
  ctx.audit.target = target;
  return withAdapter(ctx.team.id, connectionId, "proxies", (adapter, connection) => {
    ctx.audit.connection = { id: connection.id, label: connection.label };
    return work(adapter, connection);
  });
}

export const deleteProxyLease = teamAction({
  name: "proxies.delete-lease",
  permission: "resources:destroy",
  input: deleteLeaseInput,
  run: (input, ctx) =>
    onProxies(ctx, input.connectionId, `lease ${input.leaseId}`, async (adapter) => {
      await adapter.deleteLease(input.leaseId);
      return { leaseId: input.leaseId };
    }),
});

export const addProxyPort = teamAction({
  name: "proxies.add-port",
  permission: "resources:change",
  input: addPortInput,
  run: (input, ctx) =>
    onProxies(ctx, input.connectionId, `lease ${input.leaseId} port ${input.from}`, (adapter) =>
      addLeasePort(adapter, input.leaseId, {
        from: input.from,
        to: input.to,
        addr: input.addr,
        type: input.type,
        keepalive: input.keepalive,
        domain: input.domain,
      }),
    ),
});

export const updateProxyPort = teamAction({
  name: "proxies.update-port",
  permission: "resources:change",
  input: updatePortInput,
  run: (input, ctx) =>
    onProxies(ctx, input.connectionId, `lease ${input.leaseId} port id ${input.portId}`, (adapter) =>
      adapter.updatePort(input.portId, { to: input.to, addr: input.addr, keepalive: input.keepalive }),
    ),
});

export const deleteProxyPort = teamAction({
  name: "proxies.delete-port",
  permission: "resources:change",
  input: deletePortInput,
  run: (input, ctx) =>
    onProxies(ctx, input.connectionId, `lease ${input.leaseId} port ${input.from}${input.domain ? ` (${input.domain})` : ""}`, (adapter) =>
      deleteLeasePort(adapter, input.leaseId, { from: input.from, domain: input.domain }),
    ),
});

export const addAclRule = teamAction({
  name: "proxies.add-acl",
  permission: "resources:change",
  input: addAclRuleInput,
  run: (input, ctx) =>
    onProxies(ctx, input.connectionId, `lease ${input.leaseId} port id ${input.portId} ${input.mode} ${input.mask}`, (adapter) =>
      addAclRuleAt(
        adapter,
        { leaseId: input.leaseId, portId: input.portId },
        { mode: input.mode, mask: input.mask },
        { placement: input.placement, position: input.position },
      ),
    ),
});

export const deleteAclRule = teamAction({
  name: "proxies.delete-acl",
  permission: "resources:change",
  input: deleteAclRuleInput,
  run: (input, ctx) =>
    onProxies(ctx, input.connectionId, `lease ${input.leaseId} port id ${input.portId} ${input.mask}`, async (adapter) => {
      await adapter.deleteRule({ leaseId: input.leaseId, portId: input.portId }, input.mask);
      return { mask: input.mask };
    }),
});

export const moveAclRuleAction = teamAction({
  name: "proxies.move-acl",
  permission: "resources:change",
  input: moveAclRuleInput,
  run: (input, ctx) =>
    onProxies(ctx, input.connectionId, `lease ${input.leaseId} port id ${input.portId} ${input.mask} ${input.from + 1}→${input.to + 1}`, async (adapter) => {
      const outcome = await moveAclRule(adapter, { leaseId: input.leaseId, portId: input.portId }, { mask: input.mask, from: input.from, to: input.to });
      if (outcome.status === "stopped") ctx.audit.message = `Stopped at step ${outcome.step} of 4: ${outcome.message}`;
      return outcome;
    }),
});

export const finishAclMoveAction = teamAction({
  name: "proxies.finish-acl-move",
  permission: "resources:change",
  input: finishAclMoveInput,
  run: (input, ctx) =>
    onProxies(ctx, input.connectionId, `lease ${input.leaseId} port id ${input.portId} ${input.mask} (copy ${input.copyMask})`, async (adapter) => {
      const outcome = await finishAclMove(
        adapter,
        { leaseId: input.leaseId, portId: input.portId },
        { mask: input.mask, copyMask: input.copyMask, mode: input.mode },
      );
      if (outcome.status === "stopped") ctx.audit.message = `Stopped at step ${outcome.step} of 4: ${outcome.message}`;
      return outcome;
    }),
});

export const applyBulkAclAction = teamAction({
  name: "proxies.bulk-acl",
  permission: "resources:change",
  input: bulkAclInput,
  run: (input, ctx) =>
    onProxies(ctx, input.connectionId, `${input.ports.length} ports ${input.mode} ${input.mask}`, async (adapter) => {
      const results = await applyBulkAcl(adapter, input.ports, { mode: input.mode, mask: input.mask, placement: input.placement }, ctx.progress);
      const failed = results.filter((r) => r.outcome === "failed").length;
      ctx.audit.details = { added: results.filter((r) => r.outcome === "added").length, exists: results.filter((r) => r.outcome === "exists").length, failed };
      return results;
    }),
});
