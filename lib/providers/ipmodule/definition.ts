import { z } from "zod";

import type { ProviderDefinition } from "../core/types";
import { createIpmoduleClient } from "./client";

export const ipmoduleCredentials = z.object({
  token: z.string().trim().min(1, "The API token is required").max(500).meta({ label: "API token", secret: true }),
});

export type IpmoduleCredentials = z.output<typeof ipmoduleCredentials>;

export const ipmoduleProvider: ProviderDefinition<typeof ipmoduleCredentials> = {
  kind: "ipmodule",
  label: "ip.php network module",
  description: "IP information, PTR records, traffic, free IPs and main IP (HOSTKEY InvAPI).",
  credentials: ipmoduleCredentials,
  baseUrlHelp: "Full URL of ip.php, e.g. https://invapi.example.com/ip.php",
  defaultRequestsPerMinute: 60,
  sandbox: { port: 4105, basePath: "/ip.php", credentials: { token: "demo-token" } },
  async testConnection(context) {
    // get_client_ip is the cheapest call that needs a valid token.
    const { ip } = await createIpmoduleClient(context).getClientIp();
    return { detail: `Token accepted; ip.php sees Hostdeck calling from ${ip}` };
  },
};
