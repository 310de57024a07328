import "server-only";

import { withConnection } from "../core/connections";
import { ticketClient } from "./ticket-client";
import { mapDepartments } from "./ticket-rules";
import type { Department } from "./types";

/** The support departments a new ticket can go to (`GET /ticket/departments`). */
export async function listDepartments(teamId: string, connectionId: string): Promise<Department[]> {
  return withConnection(teamId, connectionId, async (opened) => mapDepartments(await ticketClient(opened).listTicketDepartments()));
}
