import type { z } from "zod";

import type { CapabilityAdapters } from "../../capabilities/core/adapter-types";
import type { ProviderTransport } from "./http";
import type { ReadPolicy } from "./read-cache/policy";

/** What the console can ask a kind for; pages show an area only for connections whose kind offers it. */
export const capabilities = ["services", "servers", "dns", "rdns", "billing", "tickets", "accounts", "iptv", "proxies", "network"] as const;
export type Capability = (typeof capabilities)[number];

/** A connection as every layer above the providers sees it: no credentials, no client. */
export interface ConnectionRef {
  id: string;
  label: string;
  kind: string;
  kindLabel: string;
  isSandbox: boolean;
}

/** How a kind answers one capability: built per opened connection from its (cached) client. */
export type AdapterFactories<Client> = { [C in Capability]?: (client: Client, connection: ConnectionRef) => CapabilityAdapters[C] };

/**
 * Everything the console knows of one kind: its definition (credentials, limits, sandbox), how to build its
 * typed client, which of the client's calls are cached reads, and one adapter per capability it offers.
 * Which kinds offer a capability is derived from `adapters`, nowhere else.
 */
export interface ProviderModule<S extends CredentialSchema = CredentialSchema, Client extends object = object> {
  definition: ProviderDefinition<S>;
  createClient(context: ConnectionContext<z.output<S>>): Client;
  readPolicy: ReadPolicy<Client>;
  adapters: AdapterFactories<Client>;
  /** Ends what the connection holds at the provider (a login token) before it is removed. */
  endSession?(client: Client): Promise<{ revoked: boolean }>;
}

export function defineProvider<S extends CredentialSchema, Client extends object>(module: ProviderModule<S, Client>): ProviderModule<S, Client> {
  return module;
}

/**
 * Metadata each credential field carries through zod's `.meta()`; the Connections form is built from it.
 * `secret` fields are encrypted in the vault and never sent to the browser.
 */
export interface CredentialFieldMeta {
  label: string;
  secret?: boolean;
  help?: string;
  placeholder?: string;
  /** For enums: a label per option value. */
  options?: Record<string, string>;
}

export type CredentialSchema = z.ZodObject<Record<string, z.ZodType>>;

/** Everything a client needs to reach one provider account; built on the server only. */
export interface ConnectionContext<Credentials = Record<string, unknown>> {
  connectionId: string;
  baseUrl: string;
  credentials: Credentials;
  transport: ProviderTransport;
}

export interface TestConnectionResult {
  /** A short line for the UI: whose account answered, e.g. "Signed in as demo@example.com". */
  detail: string;
}

export interface ProviderDefinition<S extends CredentialSchema = CredentialSchema> {
  kind: string;
  label: string;
  description: string;
  credentials: S;
  /** The provider's public API base URL, when it has one; panels on a customer's host have none. */
  defaultBaseUrl?: string;
  baseUrlHelp: string;
  /** Request budget per connection unless the connection sets its own (providers throttle silently). */
  defaultRequestsPerMinute: number;
  /** How the embedded demo reaches this kind's simulator. */
  sandbox: { port: number; basePath: string; credentials: z.input<S> };
  /** The cheapest authenticated read; throws a ProviderError when it fails. */
  testConnection(context: ConnectionContext<z.output<S>>): Promise<TestConnectionResult>;
}
