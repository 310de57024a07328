import { z } from "zod";

import type { ProviderDefinition } from "../core/types";
import { time4vpsTestConnection } from "./time4vps-client";
// XSServer methods are written on the same core by their own engineer; this is the import point.
import { xsserverTestConnection } from "./xsserver-client";

const basicCredentials = {
  username: z.string().trim().min(1, "The client email is required").max(200).meta({ label: "Client email", placeholder: "you@example.com" }),
  password: z.string().min(1, "The password is required").max(500).meta({ label: "Password", secret: true }),
};

export const time4vpsCredentials = z.object(basicCredentials);

export const xsserverCredentials = z.object({
  ...basicCredentials,
  // Basic is what the document shows on every call; the token mode falls back to Basic when login is refused.
  authMode: z
    .enum(["basic", "token"])
    .default("basic")
    .meta({
      label: "Authentication",
      options: { basic: "HTTP Basic on every request (documented)", token: "Login token (JWT, refreshed automatically; Basic if login is refused)" },
    }),
});

export const time4vpsProvider: ProviderDefinition<typeof time4vpsCredentials> = {
  kind: "time4vps",
  label: "Time4VPS",
  description: "HostBill client API: services, servers, DNS, invoices, SSL, VPN.",
  credentials: time4vpsCredentials,
  defaultBaseUrl: "https://billing.time4vps.com/api",
  baseUrlHelp: "The HostBill client API root.",
  defaultRequestsPerMinute: 60,
  sandbox: { port: 4103, basePath: "/api", credentials: { username: "demo@example.com", password: "demo-pass" } },
  testConnection: time4vpsTestConnection,
};

export const xsserverProvider: ProviderDefinition<typeof xsserverCredentials> = {
  kind: "xsserver",
  label: "XSServer",
  description: "HostBill client API: services, IPs, reverse DNS, PDU ports, invoices, tickets.",
  credentials: xsserverCredentials,
  defaultBaseUrl: "https://cp.xsserver.gmbh/api",
  baseUrlHelp: "The HostBill client API root.",
  defaultRequestsPerMinute: 60,
  sandbox: { port: 4104, basePath: "/api", credentials: { username: "demo@example.com", password: "demo-pass", authMode: "basic" } },
  testConnection: xsserverTestConnection,
};
