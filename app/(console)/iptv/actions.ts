"use server";

import type { z } from "zod";

import { teamAction, type TeamActionContext } from "@/lib/actions/define-action";
import { findConnection } from "@/lib/connections/queries";
import { iptvAudit, type SubscriptionKind } from "@/lib/capabilities/iptv/audit-names";
import { addResellerCredits, createAdmin, createReseller, updateAdmin, updateReseller } from "@/lib/capabilities/iptv/change-accounts";
import { runStreamCommand, updatePanelServer } from "@/lib/capabilities/iptv/change-panel";
import {
  createLine,
  createMag,
  deleteSubscription,
  extendSubscription,
  forgetSubscription,
  importSubscriptions,
  setSubscriptionDisabled,
  updateLine,
  updateMag,
} from "@/lib/capabilities/iptv/change-subscription";
import {
  addCreditsSchema,
  createAdminSchema,
  createLineSchema,
  createMagSchema,
  createResellerSchema,
  extendSchema,
  importSchema,
  setDisabledSchema,
  streamRefSchema,
  subscriptionRefSchema,
  updateAdminSchema,
  updateLineSchema,
  updateMagSchema,
  updateResellerSchema,
  updateServerSchema,
} from "@/lib/capabilities/iptv/schemas";

// Permissions: operators manage lines, MAG devices, streams and reseller credits ("resources:change"); deleting
// a line or device is admin-only ("resources:destroy"); the panel's own accounts and servers (resellers,
// administrators, servers) are account configuration, admin-only ("connections:manage").

/** The connection goes on the audit row before the provider is called, so failures name it too. */
async function noteConnection(ctx: TeamActionContext, connectionId: string) {
  const connection = await findConnection(ctx.team.id, connectionId);
  ctx.audit.connection = { id: connection.id, label: connection.label };
}

const lineOrMag = (kind: SubscriptionKind) => (kind === "line" ? "line" : "MAG device");

// ---- Lines and MAG devices ----

export const createLineAction = teamAction({
  name: iptvAudit.line.create,
  permission: "resources:change",
  input: createLineSchema,
  run: async (input, ctx) => {
      await noteConnection(ctx, input.connectionId);
    const created = await createLine(ctx.team.id, input);
    ctx.audit.connection = created.connection;
    ctx.audit.target = created.key;
    ctx.audit.details = { keys: [created.key], id: created.id, generatedCredentials: !input.username || !input.password };
    return { connectionId: created.connection.id, key: created.key, password: created.password as string | null };
  },
  // A repeated submit must not show the password again.
  replay: (data) => ({ ...data, password: null }),
});

export const createMagAction = teamAction({
  name: iptvAudit.mag.create,
  permission: "resources:change",
  input: createMagSchema,
  run: async (input, ctx) => {
      await noteConnection(ctx, input.connectionId);
    ctx.audit.target = input.mac_address;
    const created = await createMag(ctx.team.id, input);
    ctx.audit.connection = created.connection;
    ctx.audit.details = { keys: [created.key], id: created.id };
    return { connectionId: created.connection.id, key: created.key };
  },
});

function importAction(kind: SubscriptionKind) {
  return teamAction({
    name: iptvAudit[kind].import,
    permission: "resources:change",
    input: importSchema,
    run: async (input, ctx) => {
      await noteConnection(ctx, input.connectionId);
      const result = await importSubscriptions(ctx.team.id, kind, input);
      ctx.audit.connection = result.connection;
      ctx.audit.target = `${result.found.length} ${lineOrMag(kind)}${result.found.length === 1 ? "" : "s"}`;
      ctx.audit.details = { keys: result.found, notFound: result.failed.map((item) => item.key) };
      return { found: result.found, failed: result.failed };
    },
  });
}

export const importLinesAction = importAction("line");
export const importMagsAction = importAction("mag");

export const updateLineAction = teamAction({
  name: iptvAudit.line.update,
  permission: "resources:change",
  input: updateLineSchema,
  run: async (input, ctx) => {
      await noteConnection(ctx, input.connectionId);
    ctx.audit.target = input.key;
    const result = await updateLine(ctx.team.id, input);
    ctx.audit.connection = result.connection;
    ctx.audit.details = { passwordChanged: Boolean(input.password), expiryChanged: input.expire_date !== undefined };
    return { key: result.key };
  },
});

export const updateMagAction = teamAction({
  name: iptvAudit.mag.update,
  permission: "resources:change",
  input: updateMagSchema,
  run: async (input, ctx) => {
      await noteConnection(ctx, input.connectionId);
    ctx.audit.target = input.key;
    const result = await updateMag(ctx.team.id, input);
    ctx.audit.connection = result.connection;
    return { key: result.key };
  },
});

function extendAction(kind: SubscriptionKind) {
  return teamAction({
    name: iptvAudit[kind].extend,
    permission: "resources:change",
    input: extendSchema,
    run: async (input: z.output<typeof extendSchema>, ctx) => {
      await noteConnection(ctx, input.connectionId);
      ctx.audit.target = input.key;
      // Write-ahead: the expiry about to be set is recorded before the panel is called, so a resubmission after a
      // crash compares it with the panel's and never extends twice.
      const earlier = ctx.progress.previous(input.key)?.detail as { expiresAt?: number } | null | undefined;
      const result = await extendSubscription(ctx.team.id, kind, input, {
        planned: typeof earlier?.expiresAt === "number" ? earlier.expiresAt : undefined,
        intend: (expiresAt, previous) => ctx.progress.start(input.key, { expiresAt, previous }),
      });
      await ctx.progress.done(input.key, { expiresAt: result.expiresAt });
      ctx.audit.connection = result.connection;
      ctx.audit.details = { months: input.months, from: input.from, previousExpiry: result.previous, expiresAt: result.expiresAt, alreadyApplied: result.alreadyApplied };
      if (result.alreadyApplied) ctx.audit.message = "Already extended by an earlier submission that was interrupted; not extended again.";
      return { key: result.key, expiresAt: result.expiresAt };
    },
  });
}

/** One line per call: a bulk extension calls this once per line, so the audit has one row per line. */
export const extendLineAction = extendAction("line");
export const extendMagAction = extendAction("mag");

function setDisabledAction(kind: SubscriptionKind) {
  return teamAction({
    name: iptvAudit[kind].setDisabled,
    permission: "resources:change",
    input: setDisabledSchema,
    run: async (input: z.output<typeof setDisabledSchema>, ctx) => {
      await noteConnection(ctx, input.connectionId);
      ctx.audit.target = input.key;
      const result = await setSubscriptionDisabled(ctx.team.id, kind, input);
      ctx.audit.connection = result.connection;
      ctx.audit.details = { disabled: input.disabled };
      return { key: result.key, disabled: result.disabled };
    },
  });
}

export const setLineDisabledAction = setDisabledAction("line");
export const setMagDisabledAction = setDisabledAction("mag");

function deleteAction(kind: SubscriptionKind) {
  return teamAction({
    name: iptvAudit[kind].delete,
    permission: "resources:destroy",
    input: subscriptionRefSchema,
    run: async (input: z.output<typeof subscriptionRefSchema>, ctx) => {
      await noteConnection(ctx, input.connectionId);
      ctx.audit.target = input.key;
      const result = await deleteSubscription(ctx.team.id, kind, input);
      ctx.audit.connection = result.connection;
      ctx.audit.details = { keys: [result.key] };
      return { key: result.key };
    },
  });
}

export const deleteLineAction = deleteAction("line");
export const deleteMagAction = deleteAction("mag");

function forgetAction(kind: SubscriptionKind) {
  return teamAction({
    name: iptvAudit[kind].forget,
    permission: "resources:change",
    input: subscriptionRefSchema,
    run: async (input: z.output<typeof subscriptionRefSchema>, ctx) => {
      await noteConnection(ctx, input.connectionId);
      ctx.audit.target = input.key;
      const result = await forgetSubscription(ctx.team.id, kind, input);
      ctx.audit.connection = result.connection;
      ctx.audit.details = { keys: [result.key] };
      return { key: result.key };
    },
  });
}

/** Stops listing a line / device in Hostdeck (e.g. deleted in the panel itself); nothing changes at the panel. */
export const forgetLineAction = forgetAction("line");
export const forgetMagAction = forgetAction("mag");

// ---- Resellers ----

export const addCreditsAction = teamAction({
  name: iptvAudit.reseller.addCredits,
  permission: "resources:change",
  input: addCreditsSchema,
  run: async (input, ctx) => {
      await noteConnection(ctx, input.connectionId);
    ctx.audit.target = `reseller #${input.resellerId}`;
    const result = await addResellerCredits(ctx.team.id, input);
    ctx.audit.connection = result.connection;
    ctx.audit.target = result.username;
    ctx.audit.details = { resellerId: result.resellerId, reseller: result.username, amount: input.credits, balance: result.balance };
    return { username: result.username, balance: result.balance };
  },
});

export const createResellerAction = teamAction({
  name: iptvAudit.reseller.create,
  permission: "connections:manage",
  input: createResellerSchema,
  run: async (input, ctx) => {
      await noteConnection(ctx, input.connectionId);
    ctx.audit.target = input.name;
    const created = await createReseller(ctx.team.id, input);
    ctx.audit.connection = created.connection;
    ctx.audit.target = created.username;
    ctx.audit.details = { resellerId: created.id, reseller: created.username, amount: input.credits, balance: input.credits };
    return { username: created.username, password: created.password };
  },
  replay: (data) => ({ ...data, password: null }),
});

export const updateResellerAction = teamAction({
  name: iptvAudit.reseller.update,
  permission: "connections:manage",
  input: updateResellerSchema,
  run: async (input, ctx) => {
      await noteConnection(ctx, input.connectionId);
    ctx.audit.target = `reseller #${input.resellerId}`;
    const result = await updateReseller(ctx.team.id, input);
    ctx.audit.connection = result.connection;
    ctx.audit.target = result.username;
    ctx.audit.details = { passwordChanged: Boolean(input.password), enabled: input.status };
    return { username: result.username };
  },
});

// ---- Streams ----

function streamAction(command: "start" | "stop") {
  return teamAction({
    name: iptvAudit.stream[command],
    permission: "resources:change",
    input: streamRefSchema,
    run: async (input: z.output<typeof streamRefSchema>, ctx) => {
      await noteConnection(ctx, input.connectionId);
      ctx.audit.target = `stream #${input.streamId}`;
      const result = await runStreamCommand(ctx.team.id, command, input);
      ctx.audit.connection = result.connection;
      return { id: result.id };
    },
  });
}

/** One stream per call; starting or stopping several calls this once per stream. */
export const startStreamAction = streamAction("start");
export const stopStreamAction = streamAction("stop");

// ---- Panel servers and administrators ----

export const updateServerAction = teamAction({
  name: iptvAudit.server.update,
  permission: "connections:manage",
  input: updateServerSchema,
  run: async (input, ctx) => {
      await noteConnection(ctx, input.connectionId);
    ctx.audit.target = `server #${input.serverId}`;
    const result = await updatePanelServer(ctx.team.id, input);
    ctx.audit.connection = result.connection;
    ctx.audit.target = result.name;
    ctx.audit.details = { serverIp: result.ip, vpnIp: input.vpn_ip };
    return { name: result.name };
  },
});

export const createAdminAction = teamAction({
  name: iptvAudit.admin.create,
  permission: "connections:manage",
  input: createAdminSchema,
  run: async (input, ctx) => {
      await noteConnection(ctx, input.connectionId);
    ctx.audit.target = input.username;
    const created = await createAdmin(ctx.team.id, input);
    ctx.audit.connection = created.connection;
    ctx.audit.details = { adminId: created.id, groupId: input.group_id };
    return { username: created.username };
  },
});

export const updateAdminAction = teamAction({
  name: iptvAudit.admin.update,
  permission: "connections:manage",
  input: updateAdminSchema,
  run: async (input, ctx) => {
      await noteConnection(ctx, input.connectionId);
    ctx.audit.target = `administrator #${input.adminId}`;
    const result = await updateAdmin(ctx.team.id, input);
    ctx.audit.connection = result.connection;
    ctx.audit.target = result.username;
    ctx.audit.details = { groupId: input.group_id, enabled: input.status, passwordChanged: Boolean(input.password) };
    return { username: result.username };
  },
});
