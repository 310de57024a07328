import { z } from "zod";

import { notImplementedYet } from "../core/not-implemented";
import type { ProviderDefinition } from "../core/types";

export const ipmoduleCredentials = z.object({
  token: z.string().trim().min(1, "The API token is required").max(500).meta({ label: "API token", secret: true }),
});

export const ipmoduleProvider: ProviderDefinition<typeof ipmoduleCredentials> = {
  kind: "ipmodule",
  label: "ip.php network module",
  description: "IP information, PTR records, traffic, free IPs and main IP (HOSTKEY InvAPI).",
  credentials: ipmoduleCredentials,
  capabilities: ["network", "rdns"],
  baseUrlHelp: "Full URL of ip.php, e.g. https://invapi.example.com/ip.php",
  defaultRequestsPerMinute: 60,
  sandbox: { port: 4105, basePath: "/ip.php", credentials: { token: "demo-token" } },
  testConnection: notImplementedYet,
};
