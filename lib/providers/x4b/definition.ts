import { z } from "zod";

import { notImplementedYet } from "../core/not-implemented";
import type { ProviderDefinition } from "../core/types";

export const x4bCredentials = z.object({
  authMode: z.enum(["login", "host-key"]).default("login").meta({
    label: "Sign-in method",
    options: { login: "Account login (user + password)", "host-key": "Reseller HOST_KEY" },
  }),
  user: z.string().trim().max(200).optional().meta({ label: "User (email)", placeholder: "you@example.com" }),
  pass: z.string().max(500).optional().meta({ label: "Password", secret: true }),
  hostKey: z.string().max(500).optional().meta({ label: "HOST_KEY", secret: true, help: "Reseller key; replaces user and password." }),
});

export const x4bProvider: ProviderDefinition<typeof x4bCredentials> = {
  kind: "x4b",
  label: "X4B",
  description: "DDoS-protected proxies: leases, ports and ACLs (API v1).",
  credentials: x4bCredentials,
  capabilities: ["proxy-acl", "services"],
  defaultBaseUrl: "https://www.x4b.net/api",
  baseUrlHelp: "The API root; Hostdeck appends /{Module}/{Method}.json.",
  defaultRequestsPerMinute: 60,
  sandbox: { port: 4101, basePath: "/api", credentials: { authMode: "login", user: "demo@example.com", pass: "demo-pass" } },
  testConnection: notImplementedYet,
};
