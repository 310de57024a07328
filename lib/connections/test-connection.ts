import { db } from "../db/client";
import { isProviderError, ProviderError, type ProviderErrorKind } from "../providers/core/errors";
import { openConnection } from "./open-connection";

export type ConnectionTestResult =
  | { ok: true; detail: string; testedAt: string }
  | { ok: false; kind: ProviderErrorKind; message: string; testedAt: string };

/** Runs the kind's cheapest authenticated read and records the connection's health either way. */
export async function testConnection(teamId: string, id: string): Promise<ConnectionTestResult> {
  const { provider, context } = await openConnection(teamId, id);
  const testedAt = new Date();
  try {
    const { detail } = await provider.testConnection(context);
    await db().connection.update({ where: { id }, data: { lastSuccessAt: testedAt, lastError: null, lastErrorAt: null } });
    return { ok: true, detail, testedAt: testedAt.toISOString() };
  } catch (error) {
    const failure = isProviderError(error) ? error : new ProviderError("bad-response", { providerMessage: "Unexpected failure while testing", cause: error });
    const message = failure.kind === "not-implemented" ? "Not implemented yet" : failure.userMessage;
    await db().connection.update({ where: { id }, data: { lastErrorAt: testedAt, lastError: message } });
    return { ok: false, kind: failure.kind, message, testedAt: testedAt.toISOString() };
  }
}
