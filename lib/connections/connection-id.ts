import { z } from "zod";

/**
 * The one schema for a connection id wherever one arrives (forms, actions, route params): a UUID, so a
 * malformed id is refused before any database or provider call.
 */
export const connectionIdSchema = z.string().trim().uuid("Choose one of the team's connections");
