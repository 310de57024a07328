import { z } from "zod";

import { kindFromStatus, ProviderError } from "../core/errors";
import type { QueryValue } from "../core/http";
import { parseJsonText } from "../core/parse";
import type { ConnectionContext } from "../core/types";
import type { XtreamCredentials } from "./credentials";
import { panelError } from "./error-mapping";
import { encodePhpForm, type FormValue } from "./form-encoding";
import { withoutSecret } from "./redact";

export interface PanelCall {
  /** `api/<group>/<action>` */
  group: string;
  action: string;
  /** POST fields besides api_key, e.g. `{username, data: {...}}`. */
  fields?: Record<string, FormValue>;
  /** For the calls the document says need no POST data but which still name an item (an id in the URL). */
  query?: Record<string, QueryValue>;
  /** Reads may be retried by the transport; changes never are. */
  idempotent?: boolean;
}

export type PanelCaller = (call: PanelCall) => Promise<Record<string, unknown>>;

const answerShape = z.looseObject({
  result: z.union([z.boolean(), z.literal(0), z.literal(1), z.literal("true"), z.literal("false")]).optional(),
  error: z.unknown().optional(),
});

function errorText(error: unknown): string {
  if (typeof error === "string" && error.trim() !== "") return error.trim();
  if (Array.isArray(error) && error.length > 0) return error.map(String).join("; ");
  return "The panel refused the request without saying why";
}

function isRefusal(result: unknown): boolean {
  return result === false || result === 0 || result === "false";
}

/** Turns the panel's answer into the body of a success, or throws the typed error it stands for. */
function interpret(status: number, text: string): Record<string, unknown> {
  const ok = status >= 200 && status < 300;
  let body: unknown;
  try {
    body = parseJsonText(text, status);
  } catch (error) {
    if (!ok) throw new ProviderError(kindFromStatus(status) ?? "upstream-down", { status, providerMessage: `HTTP ${status} from the panel`, cause: error });
    throw error;
  }
  const answer = answerShape.safeParse(body);
  if (answer.success && isRefusal(answer.data.result)) throw panelError(errorText(answer.data.error), status);
  if (!ok) throw new ProviderError(kindFromStatus(status) ?? "upstream-down", { status, providerMessage: `HTTP ${status} from the panel` });
  if (!answer.success || answer.data.result === undefined) {
    throw new ProviderError("bad-response", { status, providerMessage: "The panel's answer has no result field" });
  }
  return answer.data;
}

/** One place that knows where the key goes, how the body is encoded and how the panel says no. */
export function createPanelCaller(context: ConnectionContext<XtreamCredentials>): PanelCaller {
  const { apiKey, keyPlacement } = context.credentials;
  return async (call) => {
    const inUrl = keyPlacement === "url-segment";
    const path = `/api/${call.group}/${call.action}${inUrl ? `/${encodeURIComponent(apiKey)}` : ""}`;
    const fields = inUrl ? (call.fields ?? {}) : { api_key: apiKey, ...call.fields };
    try {
      const response = await context.transport.request({
        method: "POST",
        path,
        query: call.query,
        body: { type: "form", value: encodePhpForm(fields) },
        idempotent: call.idempotent ?? false,
      });
      return interpret(response.status, response.text);
    } catch (error) {
      throw withoutSecret(error, apiKey);
    }
  };
}
