"use server";

import { teamAction } from "@/lib/actions/define-action";

import { acknowledgeNotificationSchema } from "./account-rules";
import { acknowledgeNotification } from "./acknowledge-notification";

export const acknowledgeNotificationAction = teamAction({
  name: "accounts.acknowledge-notification",
  permission: "resources:change",
  input: acknowledgeNotificationSchema,
  async run(input, { team, audit }) {
    audit.target = `notification ${input.notificationId}`;
    const { connection, notificationId } = await acknowledgeNotification(team.id, input);
    audit.connection = connection;
    return { notificationId };
  },
});
