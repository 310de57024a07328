import { isProviderError, ProviderError, type ProviderErrorKind } from "../providers/core/errors";
import { flushHealth, recordHealth } from "./health";
import { openConnection } from "./open-connection";

export type ConnectionTestResult = { ok: true; detail: string; testedAt: string } | { ok: false; kind: ProviderErrorKind; message: string; testedAt: string };

/** Runs the kind's cheapest authenticated read and records the connection's health either way. */
export async function testConnection(teamId: string, id: string): Promise<ConnectionTestResult> {
  const { provider, context } = await openConnection(teamId, id);
  const testedAt = new Date();
  try {
    const { detail } = await provider.testConnection(context);
    recordHealth(id, { ok: true }, testedAt);
    // A test is asked for by a person who then reads the list: written now, not within the minute.
    await flushHealth({ force: true });
    return { ok: true, detail, testedAt: testedAt.toISOString() };
  } catch (error) {
    const failure = isProviderError(error) ? error : new ProviderError("bad-response", { providerMessage: "Unexpected failure while testing", cause: error });
    const message = failure.kind === "not-implemented" ? "Not implemented yet" : failure.userMessage;
    recordHealth(id, { ok: false, message }, testedAt);
    await flushHealth({ force: true });
    return { ok: false, kind: failure.kind, message, testedAt: testedAt.toISOString() };
  }
}
