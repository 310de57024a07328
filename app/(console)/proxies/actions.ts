"use server";

import { teamAction, type TeamActionContext } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/result";
import type { OpenedConnection } from "@/lib/connections/open-connection";
import { withConnection } from "@/lib/capabilities/core/connections";
import { placementAt } from "@/lib/capabilities/proxies/acl-move-plan";
import { applyBulkAcl } from "@/lib/capabilities/proxies/apply-bulk-acl";
import { finishAclMove, moveAclRule } from "@/lib/capabilities/proxies/move-acl-rule";
import { mapAcl, mapPort } from "@/lib/capabilities/proxies/map";
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
} from "@/lib/capabilities/proxies/schemas";
import { x4bClientOf } from "@/lib/capabilities/proxies/x4b";

/** Opens the team's X4B connection, notes it for the audit row and hands the client on. */
function onX4b<T>(ctx: TeamActionContext, connectionId: string, target: string, work: (client: ReturnType<typeof x4bClientOf>, opened: OpenedConnection) => Promise<T>) {
  ctx.audit.target = target;
  return withConnection(ctx.team.id, connectionId, (opened) => {
    ctx.audit.connection = { id: opened.connection.id, label: opened.connection.label };
    return work(x4bClientOf(opened), opened);
  });
}

export const deleteProxyLease = teamAction({
  name: "proxies.delete-lease",
  permission: "resources:destroy",
  input: deleteLeaseInput,
  run: (input, ctx) =>
    onX4b(ctx, input.connectionId, `lease ${input.leaseId}`, async (client) => {
      await client.deleteService({ lease: input.leaseId });
      return { leaseId: input.leaseId };
    }),
});

export const addProxyPort = teamAction({
  name: "proxies.add-port",
  permission: "resources:change",
  input: addPortInput,
  run: (input, ctx) =>
    onX4b(ctx, input.connectionId, `lease ${input.leaseId} port ${input.from}`, async (client) => {
      if (input.domain && input.type !== "http") throw new ActionError("invalid-input", "Only HTTP ports answer for a domain.", { domain: ["Only HTTP ports answer for a domain."] });
      const port = await client.addPort({
        service: input.leaseId,
        port: { from: input.from, to: input.to, addr: input.addr, type: input.type, keepalive: input.keepalive, domain: input.domain },
      });
      return mapPort(port);
    }),
});

export const updateProxyPort = teamAction({
  name: "proxies.update-port",
  permission: "resources:change",
  input: updatePortInput,
  run: (input, ctx) =>
    onX4b(ctx, input.connectionId, `lease ${input.leaseId} port id ${input.portId}`, async (client) => {
      const port = await client.updatePort({ id: input.portId, port: { to: input.to, addr: input.addr, keepalive: input.keepalive } });
      return mapPort(port);
    }),
});

export const deleteProxyPort = teamAction({
  name: "proxies.delete-port",
  permission: "resources:change",
  input: deletePortInput,
  run: (input, ctx) =>
    onX4b(ctx, input.connectionId, `lease ${input.leaseId} port ${input.from}${input.domain ? ` (${input.domain})` : ""}`, async (client) => {
      const { deleted } = await client.deletePort({ service: input.leaseId, port: { from: input.from, domain: input.domain } });
      if (deleted === 0) throw new ActionError("not-found", `No port ${input.from}${input.domain ? ` for ${input.domain}` : ""} on this lease; nothing was deleted.`);
      return { deleted };
    }),
});

export const addAclRule = teamAction({
  name: "proxies.add-acl",
  permission: "resources:change",
  input: addAclRuleInput,
  run: (input, ctx) =>
    onX4b(ctx, input.connectionId, `lease ${input.leaseId} port id ${input.portId} ${input.mode} ${input.mask}`, async (client) => {
      const target = { service: input.leaseId, portId: input.portId };
      let order: "start" | "end" | number = input.placement === "end" ? "end" : "start";
      if (input.placement === "position") {
        const rules = (await client.listAcls(target)).map(mapAcl);
        const position = input.position ?? 1;
        if (position > rules.length + 1) throw new ActionError("invalid-input", `This port has ${rules.length} rules; choose a position from 1 to ${rules.length + 1}.`, { position: [`1 to ${rules.length + 1}`] });
        order = placementAt(rules, position - 1);
      }
      await client.addAcl({ ...target, mask: input.mask, mode: input.mode, order });
      return { mask: input.mask };
    }),
});

export const deleteAclRule = teamAction({
  name: "proxies.delete-acl",
  permission: "resources:change",
  input: deleteAclRuleInput,
  run: (input, ctx) =>
    onX4b(ctx, input.connectionId, `lease ${input.leaseId} port id ${input.portId} ${input.mask}`, async (client) => {
      await client.deleteAcl({ service: input.leaseId, portId: input.portId, mask: input.mask });
      return { mask: input.mask };
    }),
});

export const moveAclRuleAction = teamAction({
  name: "proxies.move-acl",
  permission: "resources:change",
  input: moveAclRuleInput,
  run: (input, ctx) =>
    onX4b(ctx, input.connectionId, `lease ${input.leaseId} port id ${input.portId} ${input.mask} ${input.from + 1}→${input.to + 1}`, async (client) => {
      const outcome = await moveAclRule(client, { service: input.leaseId, portId: input.portId }, { mask: input.mask, from: input.from, to: input.to });
      if (outcome.status === "stopped") ctx.audit.message = `Stopped at step ${outcome.step} of 4: ${outcome.message}`;
      return outcome;
    }),
});

export const finishAclMoveAction = teamAction({
  name: "proxies.finish-acl-move",
  permission: "resources:change",
  input: finishAclMoveInput,
  run: (input, ctx) =>
    onX4b(ctx, input.connectionId, `lease ${input.leaseId} port id ${input.portId} ${input.mask} (copy ${input.copyMask})`, async (client) => {
      const outcome = await finishAclMove(client, { service: input.leaseId, portId: input.portId }, { mask: input.mask, copyMask: input.copyMask, mode: input.mode });
      if (outcome.status === "stopped") ctx.audit.message = `Stopped at step ${outcome.step} of 4: ${outcome.message}`;
      return outcome;
    }),
});

export const applyBulkAclAction = teamAction({
  name: "proxies.bulk-acl",
  permission: "resources:change",
  input: bulkAclInput,
  run: (input, ctx) =>
    onX4b(ctx, input.connectionId, `${input.ports.length} ports ${input.mode} ${input.mask}`, async (client) => {
      const results = await applyBulkAcl(client, input.ports, { mode: input.mode, mask: input.mask, placement: input.placement }, ctx.progress);
      const failed = results.filter((r) => r.outcome === "failed").length;
      ctx.audit.details = { added: results.filter((r) => r.outcome === "added").length, exists: results.filter((r) => r.outcome === "exists").length, failed };
      return results;
    }),
});
