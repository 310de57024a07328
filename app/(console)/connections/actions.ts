"use server";

import { z } from "zod";

import { teamAction } from "@/lib/actions/define-action";
import { endProviderSession } from "@/lib/connections/end-session";
import { findConnection } from "@/lib/connections/queries";
import { connectionLabel, createConnection, createConnectionInput, updateConnection, updateConnectionInput } from "@/lib/connections/save-connection";
import { testConnection } from "@/lib/connections/test-connection";
import { db } from "@/lib/db/client";

const byId = z.object({ id: z.string().uuid() });

export const createConnectionAction = teamAction({
  name: "connection.create",
  permission: "connections:manage",
  input: createConnectionInput,
  async run(input, { team, audit }) {
    audit.target = `${input.kind} · ${input.label}`;
    const connection = await createConnection(team.id, input);
    audit.connection = { id: connection.id, label: connection.label };
    return connection;
  },
});

export const updateConnectionAction = teamAction({
  name: "connection.update",
  permission: "connections:manage",
  input: updateConnectionInput,
  async run(input, { team, audit }) {
    const before = await findConnection(team.id, input.id);
    audit.connection = { id: before.id, label: before.label };
    audit.target = before.label === input.label ? before.label : `${before.label} → ${input.label}`;
    return updateConnection(team.id, input);
  },
});

export const renameConnectionAction = teamAction({
  name: "connection.rename",
  permission: "connections:manage",
  input: byId.extend({ label: connectionLabel }),
  async run({ id, label }, { team, audit }) {
    const before = await findConnection(team.id, id);
    audit.connection = { id, label };
    audit.target = `${before.label} → ${label}`;
    return db().connection.update({ where: { id }, data: { label }, select: { id: true, label: true } });
  },
});

export const removeConnectionAction = teamAction({
  name: "connection.remove",
  permission: "connections:manage",
  input: byId,
  async run({ id }, { team, audit }) {
    const connection = await findConnection(team.id, id);
    audit.connection = { id, label: connection.label };
    audit.target = `${connection.kind} · ${connection.label}`;
    // Provider sessions first (XSServer tokens are revoked), then Hostdeck forgets the credentials.
    const notice = await endProviderSession(team.id, connection);
    if (notice) audit.message = notice;
    await db().connection.delete({ where: { id } });
    return { id, notice };
  },
});

export const testConnectionAction = teamAction({
  name: "connection.test",
  permission: "connections:test",
  input: byId,
  async run({ id }, { team, audit }) {
    const connection = await findConnection(team.id, id);
    audit.connection = { id, label: connection.label };
    audit.target = connection.label;
    const result = await testConnection(team.id, id);
    audit.message = result.ok ? `Connected: ${result.detail}` : `Test failed: ${result.message}`;
    return result;
  },
});
