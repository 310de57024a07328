import { ProviderError } from "../core/errors";
import type { ConnectionContext } from "../core/types";
import type { IpmoduleCredentials } from "./definition";
import { readEnvelope } from "./envelope";

export type IpmoduleParams = Record<string, string | number | undefined>;

/**
 * One ip.php call: POST to the configured ip.php URL with `action`, `token` and the parameters form-encoded,
 * so the token never appears in a URL. Reads are marked idempotent so the transport may retry them.
 */
export function createIpmoduleCaller(context: ConnectionContext<IpmoduleCredentials>) {
  return async function call(action: string, params: IpmoduleParams, options: { idempotent: boolean }): Promise<unknown> {
    const { token } = context.credentials;
    if (!token) throw new ProviderError("invalid-input", { field: "token", providerMessage: "The API token is required" });
    const form = new URLSearchParams({ action, token });
    for (const [name, value] of Object.entries(params)) if (value !== undefined) form.set(name, String(value));
    const answer = await context.transport.request({
      method: "POST",
      path: "",
      body: { type: "form", value: form.toString() },
      idempotent: options.idempotent,
    });
    return readEnvelope(answer, [token]);
  };
}
