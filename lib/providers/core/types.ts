import type { z } from "zod";

import type { ProviderTransport } from "./http";

/** What the console can ask a kind for; pages show an area only for connections whose kind offers it. */
export const capabilities = [
  "services",
  "servers",
  "dns",
  "rdns",
  "billing",
  "tickets",
  "iptv",
  "proxy-acl",
  "network",
] as const;
export type Capability = (typeof capabilities)[number];

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
  capabilities: readonly Capability[];
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
