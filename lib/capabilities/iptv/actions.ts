"use server";

import type { z } from "zod";

import { teamAction, type TeamActionContext } from "@/lib/actions/define-action";

import { adapterFor } from "../core/connections";
import { iptvAudit } from "./audit-names";
import { addResellerCredits, createAdmin, createReseller, updateAdmin, updateReseller } from "./change-accounts";
import { runStreamCommand, updatePanelServer } from "./change-panel";
import {
  createSubscription,
  deleteSubscription,
  extendSubscription,
  forgetSubscription,
  setSubscriptionDisabled,
  updateSubscription,
} from "./change-subscription";
import { importSubscriptions } from "./import-subscriptions";
import {
  addCreditsSchema,
  createAdminSchema,
  createResellerSchema,
  createSubscriptionSchema,
  extendSchema,
  forgetSchema,
  importSubscriptionsSchema,
  setDisabledSchema,
  streamRefSchema,
  subscriptionRefSchema,
  updateAdminSchema,
  updateResellerSchema,
  updateServerSchema,
  updateSubscriptionSchema,
} from "./schemas";
import { countOf, subscriptionKinds, type SubscriptionKind } from "./subscription-kinds";

// Permissions: operators manage lines, MAG devices, streams and reseller credits ("resources:change"); deleting
// a line or device is admin-only ("resources:destroy"); the panel's own accounts and servers (resellers,
// administrators, servers) are account configuration, admin-only ("connections:manage").
// Lines and MAG devices share each action: the input's `kind` says which, and the audit row names it.

/** The connection goes on the audit row before the provider is called, so failures name it too. */
async function noteConnection(ctx: TeamActionContext, connectionId: string) {
  const { connection } = await adapterFor(ctx.team.id, connectionId, "iptv");
  ctx.audit.connection = { id: connection.id, label: connection.label };
}

/** "line john.smith", "MAG device 00:1A:79:00:12:34". */
const targetOf = (kind: SubscriptionKind, key: string) => `${subscriptionKinds[kind].one} ${key}`;

// ---- Lines and MAG devices ----

export const createSubscriptionAction = teamAction({
  name: iptvAudit.subscription.create,
  permission: "resources:change",
  input: createSubscriptionSchema,
  run: async (input, ctx) => {
    await noteConnection(ctx, input.connectionId);
    const { connection, value } = await createSubscription(ctx.team.id, input);
    ctx.audit.connection = connection;
    ctx.audit.target = targetOf(input.kind, value.key);
    // Only a line has credentials; the panel generates whichever was left blank.
    ctx.audit.details = {
      kind: input.kind,
      keys: [value.key],
      id: value.id,
      generatedCredentials: "username" in input && (!input.username || !input.password),
    };
    return { connectionId: connection.id, kind: input.kind, key: value.key, password: value.password };
  },
  // A repeated submit must not show the password again.
  replay: (data) => ({ ...data, password: null }),
});

export const importSubscriptionsAction = teamAction({
  name: iptvAudit.subscription.import,
  permission: "resources:change",
  input: importSubscriptionsSchema,
  run: async (input, ctx) => {
    await noteConnection(ctx, input.connectionId);
    const { connection, value } = await importSubscriptions(ctx.team.id, input);
    const added = value.results.filter((row) => row.outcome === "added").map((row) => row.key);
    ctx.audit.connection = connection;
    ctx.audit.target = `${countOf(input.kind, added.length)} of ${value.results.length} rows`;
    ctx.audit.details = {
      kind: input.kind,
      added,
      notAdded: value.results.filter((row) => row.outcome !== "added").map((row) => ({ line: row.line, value: row.value, outcome: row.outcome })),
    };
    return value;
  },
});

export const updateSubscriptionAction = teamAction({
  name: iptvAudit.subscription.update,
  permission: "resources:change",
  input: updateSubscriptionSchema,
  run: async (input, ctx) => {
    await noteConnection(ctx, input.connectionId);
    ctx.audit.target = targetOf(input.kind, input.key);
    const { connection, value } = await updateSubscription(ctx.team.id, input);
    ctx.audit.connection = connection;
    ctx.audit.details = { kind: input.kind, expiryChanged: input.expire_date !== undefined, passwordChanged: "password" in input && Boolean(input.password) };
    return value;
  },
});

/** One line or device per call: a bulk extension calls this once per item, so the audit has one row per item. */
export const extendSubscriptionAction = teamAction({
  name: iptvAudit.subscription.extend,
  permission: "resources:change",
  input: extendSchema,
  run: async (input: z.output<typeof extendSchema>, ctx) => {
    await noteConnection(ctx, input.connectionId);
    ctx.audit.target = targetOf(input.kind, input.key);
    // Write-ahead: the expiry about to be set is recorded before the panel is called, so a resubmission after a
    // crash compares it with the panel's and never extends twice.
    const earlier = ctx.progress.previous(input.key)?.detail as { expiresAt?: number } | null | undefined;
    const { connection, value } = await extendSubscription(ctx.team.id, input, {
      planned: typeof earlier?.expiresAt === "number" ? earlier.expiresAt : undefined,
      intend: (expiresAt, previous) => ctx.progress.start(input.key, { expiresAt, previous }),
    });
    await ctx.progress.done(input.key, { expiresAt: value.expiresAt });
    ctx.audit.connection = connection;
    ctx.audit.details = {
      kind: input.kind,
      months: input.months,
      from: input.from,
      previousExpiry: value.previous,
      expiresAt: value.expiresAt,
      alreadyApplied: value.alreadyApplied,
    };
    if (value.alreadyApplied) ctx.audit.message = "Already extended by an earlier submission that was interrupted; not extended again.";
    return { key: value.key, expiresAt: value.expiresAt };
  },
});

export const setSubscriptionDisabledAction = teamAction({
  name: iptvAudit.subscription.setDisabled,
  permission: "resources:change",
  input: setDisabledSchema,
  run: async (input: z.output<typeof setDisabledSchema>, ctx) => {
    await noteConnection(ctx, input.connectionId);
    ctx.audit.target = targetOf(input.kind, input.key);
    const { connection, value } = await setSubscriptionDisabled(ctx.team.id, input);
    ctx.audit.connection = connection;
    ctx.audit.details = { kind: input.kind, disabled: input.disabled };
    return value;
  },
});

export const deleteSubscriptionAction = teamAction({
  name: iptvAudit.subscription.delete,
  permission: "resources:destroy",
  input: subscriptionRefSchema,
  run: async (input: z.output<typeof subscriptionRefSchema>, ctx) => {
    await noteConnection(ctx, input.connectionId);
    ctx.audit.target = targetOf(input.kind, input.key);
    const { connection, value } = await deleteSubscription(ctx.team.id, input);
    ctx.audit.connection = connection;
    ctx.audit.details = { kind: input.kind, keys: [value.key] };
    return value;
  },
});

/** Stops listing a line / device in Hostdeck (e.g. deleted in the panel itself); nothing changes at the panel. */
export const forgetSubscriptionAction = teamAction({
  name: iptvAudit.subscription.forget,
  permission: "resources:change",
  input: forgetSchema,
  run: async (input, ctx) => {
    await noteConnection(ctx, input.connectionId);
    ctx.audit.target = targetOf(input.kind, input.key);
    const { connection, value } = await forgetSubscription(ctx.team.id, input);
    ctx.audit.connection = connection;
    ctx.audit.details = { kind: input.kind, keys: [value.key] };
    return value;
  },
});

// ---- Resellers ----

export const addCreditsAction = teamAction({
  name: iptvAudit.reseller.addCredits,
  permission: "resources:change",
  input: addCreditsSchema,
  run: async (input, ctx) => {
    await noteConnection(ctx, input.connectionId);
    ctx.audit.target = `reseller #${input.resellerId}`;
    const { connection, value } = await addResellerCredits(ctx.team.id, input);
    ctx.audit.connection = connection;
    ctx.audit.target = value.username;
    ctx.audit.details = { resellerId: value.resellerId, reseller: value.username, amount: input.credits, balance: value.balance };
    return { username: value.username, balance: value.balance };
  },
});

export const createResellerAction = teamAction({
  name: iptvAudit.reseller.create,
  permission: "connections:manage",
  input: createResellerSchema,
  run: async (input, ctx) => {
    await noteConnection(ctx, input.connectionId);
    ctx.audit.target = input.name;
    const { connection, value } = await createReseller(ctx.team.id, input);
    ctx.audit.connection = connection;
    ctx.audit.target = value.username;
    ctx.audit.details = { resellerId: value.id, reseller: value.username, amount: input.credits, balance: input.credits };
    return { username: value.username, password: value.password };
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
    const { connection, value } = await updateReseller(ctx.team.id, input);
    ctx.audit.connection = connection;
    ctx.audit.target = value.username;
    ctx.audit.details = { passwordChanged: Boolean(input.password), enabled: input.status };
    return value;
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
      const { connection, value } = await runStreamCommand(ctx.team.id, command, input);
      ctx.audit.connection = connection;
      return value;
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
    const { connection, value } = await updatePanelServer(ctx.team.id, input);
    ctx.audit.connection = connection;
    ctx.audit.target = value.name;
    ctx.audit.details = { serverIp: value.ip, vpnIp: input.vpn_ip };
    return { name: value.name };
  },
});

export const createAdminAction = teamAction({
  name: iptvAudit.admin.create,
  permission: "connections:manage",
  input: createAdminSchema,
  run: async (input, ctx) => {
    await noteConnection(ctx, input.connectionId);
    ctx.audit.target = input.username;
    const { connection, value } = await createAdmin(ctx.team.id, input);
    ctx.audit.connection = connection;
    ctx.audit.details = { adminId: value.id, groupId: input.group_id };
    return { username: value.username };
  },
});

export const updateAdminAction = teamAction({
  name: iptvAudit.admin.update,
  permission: "connections:manage",
  input: updateAdminSchema,
  run: async (input, ctx) => {
    await noteConnection(ctx, input.connectionId);
    ctx.audit.target = `administrator #${input.adminId}`;
    const { connection, value } = await updateAdmin(ctx.team.id, input);
    ctx.audit.connection = connection;
    ctx.audit.target = value.username;
    ctx.audit.details = { groupId: input.group_id, enabled: input.status, passwordChanged: Boolean(input.password) };
    return value;
  },
});
