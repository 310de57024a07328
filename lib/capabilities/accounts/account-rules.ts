import { z } from "zod";

import { connectionIdSchema } from "../../connections/connection-id";
import type { PortalNotification } from "./types";

/** New ones first, then newest first. */
export function sortNotifications(list: readonly PortalNotification[]): PortalNotification[] {
  return [...list].sort((a, b) => Number(b.isNew) - Number(a.isNew) || b.date.localeCompare(a.date));
}

export const acknowledgeNotificationSchema = z.object({
  connectionId: connectionIdSchema,
  notificationId: z
    .string()
    .trim()
    .regex(/^\d{1,18}$/, "Not a notification id"),
});
