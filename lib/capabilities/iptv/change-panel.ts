import "server-only";

import type { z } from "zod";

import { withAdapter } from "../core/connections";
import type { ChangeOutcome } from "./change-subscription";
import type { streamRefSchema, updateServerSchema } from "./schemas";

/** servers/update with the edit form's fields; the form and the panel both check the IPs. */
export function updatePanelServer(teamId: string, input: z.output<typeof updateServerSchema>): Promise<ChangeOutcome<{ name: string; ip: string }>> {
  return withAdapter(teamId, input.connectionId, "iptv", async (adapter, connection) => ({ connection, value: await adapter.updateServer(input) }));
}

/** streams/start ((re)start) or streams/stop for one stream. */
export function runStreamCommand(teamId: string, command: "start" | "stop", input: z.output<typeof streamRefSchema>): Promise<ChangeOutcome<{ id: number }>> {
  return withAdapter(teamId, input.connectionId, "iptv", async (adapter, connection) => {
    await adapter.setStreamRunning(input.streamId, command === "start");
    return { connection, value: { id: input.streamId } };
  });
}
