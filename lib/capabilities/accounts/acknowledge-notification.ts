import "server-only";

import type { ConnectionRef } from "../../providers/core/types";
import { withAdapter } from "../core/connections";
import { requireChange } from "../core/require-feature";

/** Marks a portal notification as read. */
export function acknowledgeNotification(
  teamId: string,
  input: { connectionId: string; notificationId: string },
): Promise<{ connection: ConnectionRef; notificationId: string }> {
  return withAdapter(teamId, input.connectionId, "accounts", async (adapter, connection) => {
    await requireChange(adapter.acknowledgeNotification, connection, "has no portal notifications")(input.notificationId);
    return { connection, notificationId: input.notificationId };
  });
}
