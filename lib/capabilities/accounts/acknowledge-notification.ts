import "server-only";

import { notFound } from "@/lib/errors/app-error";
import { hostbillClientFor } from "../billing/hostbill-clients";
import { withConnection } from "../core/connections";

/** Marks a Time4VPS portal notification as read (`PUT /notifications/@id/ack`). */
export async function acknowledgeNotification(
  teamId: string,
  input: { connectionId: string; notificationId: string },
  audit: { connection?: { id: string; label: string } },
): Promise<{ notificationId: string }> {
  return withConnection(teamId, input.connectionId, async (opened) => {
    audit.connection = { id: opened.connection.id, label: opened.connection.label };
    const hostbill = hostbillClientFor(opened);
    if (hostbill.kind !== "time4vps") throw notFound("This connection's notifications");
    await hostbill.client.acknowledgeNotification({ id: input.notificationId });
    return { notificationId: input.notificationId };
  });
}
