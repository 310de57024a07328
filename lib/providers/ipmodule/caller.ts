import { ProviderError } from "../core/errors";
import type { ConnectionContext } from "../core/types";
import type { IpmoduleCredentials } from "./definition";
import { readEnvelope } from "./envelope";

export type IpmoduleParams = Record<string, string | number | undefined>;

export interface IpmoduleCallOptions {
  idempotent: boolean;
  /** The method the action's table gives; POST for "POST|GET" (the token then stays out of the URL). */
  method: "GET" | "POST";
}

/**
 * One ip.php call to the configured ip.php URL with `action`, `token` and the parameters: form-encoded in a POST
 * body, or in the query string for the action documented as GET only (get_client_ip). Reads are marked
 * idempotent so the transport may retry them.
 */
export function createIpmoduleCaller(context: ConnectionContext<IpmoduleCredentials>) {
  return async function call(action: string, params: IpmoduleParams, options: IpmoduleCallOptions): Promise<unknown> {
    const { token } = context.credentials;
    if (!token) throw new ProviderError("invalid-input", { field: "token", providerMessage: "The API token is required" });
    const fields = new URLSearchParams({ action, token });
    for (const [name, value] of Object.entries(params)) if (value !== undefined) fields.set(name, String(value));
    const answer = await context.transport.request(
      options.method === "GET"
        ? { method: "GET", path: "", query: Object.fromEntries(fields), idempotent: options.idempotent }
        : { method: "POST", path: "", body: { type: "form", value: fields.toString() }, idempotent: options.idempotent },
    );
    return readEnvelope(answer, [token]);
  };
}
