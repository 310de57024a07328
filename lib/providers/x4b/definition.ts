import { z } from "zod";

import type { ProviderDefinition } from "../core/types";
import { createX4bClient } from "./client";

/**
 * Which fields a sign-in method needs is checked by the client (invalid-input naming the field), not by a
 * refinement here, so the form and vault can still pick, extend and partial this object.
 */
export const x4bCredentials = z.object({
  authMode: z
    .enum(["login", "host-key"])
    .default("login")
    .meta({
      label: "Sign-in method",
      options: { login: "Account login (user + password)", "host-key": "Reseller HOST_KEY" },
    }),
  user: z.string().trim().max(200).optional().meta({ label: "User (email)", placeholder: "you@example.com" }),
  pass: z.string().max(500).optional().meta({ label: "Password", secret: true }),
  hostKey: z.string().max(500).optional().meta({ label: "HOST_KEY", secret: true, help: "Reseller key; replaces user and password." }),
});

export type X4bCredentials = z.output<typeof x4bCredentials>;

export const x4bProvider: ProviderDefinition<typeof x4bCredentials> = {
  kind: "x4b",
  label: "X4B",
  description: "DDoS-protected proxies: leases, ports and ACLs (API v1).",
  credentials: x4bCredentials,
  defaultBaseUrl: "https://www.x4b.net/api",
  baseUrlHelp: "The API root; Hostdeck appends /{Module}/{Method}.json.",
  defaultRequestsPerMinute: 60,
  sandbox: { port: 4101, basePath: "/api", credentials: { authMode: "login", user: "demo@example.com", pass: "demo-pass" } },
  async testConnection(context) {
    // Service/all is the cheapest call that needs a signed-in account (and logs in first in login mode).
    const services = await createX4bClient(context).listServices();
    const count = `${services.length} service${services.length === 1 ? "" : "s"}`;
    return {
      detail: context.credentials.authMode === "host-key" ? `HOST_KEY accepted (${count})` : `Signed in as ${context.credentials.user ?? "?"} (${count})`,
    };
  },
};
