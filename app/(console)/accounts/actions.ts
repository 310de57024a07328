"use server";

import { z } from "zod";

import { teamAction } from "@/lib/actions/define-action";
import { acknowledgeNotification } from "@/lib/capabilities/accounts/acknowledge-notification";

export const acknowledgeNotificationAction = teamAction({
  name: "accounts.acknowledge-notification",
  permission: "resources:change",
  input: z.object({
    connectionId: z.string().uuid("Choose a connection"),
    notificationId: z.string().trim().regex(/^\d{1,18}$/, "Not a notification id"),
  }),
  async run(input, ctx) {
    ctx.audit.target = `notification ${input.notificationId}`;
    return acknowledgeNotification(ctx.team.id, input, ctx.audit);
  },
});
