import { ProviderError } from "./errors";

/** Used by kinds whose client has not landed yet: the Connections page says so plainly. */
export async function notImplementedYet(): Promise<never> {
  throw new ProviderError("not-implemented", { providerMessage: "Not implemented yet" });
}
