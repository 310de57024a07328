import "server-only";

import { isProviderError } from "../providers/core/errors";
import { openConnection } from "./open-connection";

const unreachable = new Set(["timeout", "upstream-down", "rate-limited", "blocked-address"]);

/** What to tell the person removing the connection about its provider session (undefined: nothing to say). */
export function sessionEndNotice(label: string, outcome: { revoked: boolean } | unknown): string | undefined {
  if (outcome && typeof outcome === "object" && "revoked" in outcome) {
    return outcome.revoked ? `${label}: its login token was revoked at the provider.` : undefined;
  }
  if (isProviderError(outcome) && unreachable.has(outcome.kind)) {
    return `${label} could not be reached (${outcome.userMessage}), so its login token was not revoked: it stays valid at the provider until it expires.`;
  }
  if (isProviderError(outcome)) return `${label}: the provider refused to revoke the login token (${outcome.userMessage}); it was probably no longer valid.`;
  return `${label}: the login token could not be revoked; it stays valid at the provider until it expires.`;
}

/**
 * Runs before a connection is removed: a kind that holds a provider session ends it (XSServer revokes its token
 * pair). Never blocks the removal; the answer says what happened when there is something to say.
 */
export async function endProviderSession(teamId: string, connection: { id: string; label: string }): Promise<string | undefined> {
  try {
    const outcome = await (await openConnection(teamId, connection.id)).endSession();
    return outcome ? sessionEndNotice(connection.label, outcome) : undefined;
  } catch (error) {
    return sessionEndNotice(connection.label, error);
  }
}
