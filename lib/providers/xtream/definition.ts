import { z } from "zod";

import type { ProviderDefinition } from "../core/types";
import { createXtreamClient } from "./client";

export const xtreamCredentials = z.object({
  apiKey: z.string().trim().min(1, "The panel's API key is required").max(500).meta({ label: "API key", secret: true }),
  keyPlacement: z
    .enum(["post-field", "url-segment"])
    .default("post-field")
    .meta({
      label: "Send the key as",
      options: { "post-field": "POST field api_key", "url-segment": "4th URL segment (/api/<group>/<action>/<key>)" },
    }),
});

export const xtreamProvider: ProviderDefinition<typeof xtreamCredentials> = {
  kind: "xtream",
  label: "Xtream-UI panel",
  description: "IPTV panel Server API: lines, MAG devices, resellers, streams, servers and admins.",
  credentials: xtreamCredentials,
  baseUrlHelp: "Your panel's address, e.g. http://panel.example.com:25500 (Hostdeck appends /api/...). The panel must whitelist Hostdeck's IP.",
  defaultRequestsPerMinute: 100,
  sandbox: { port: 4102, basePath: "", credentials: { apiKey: "demo-api-key", keyPlacement: "post-field" } },
  /** servers/list is the smallest read every panel answers; it proves the key and the IP whitelist at once. */
  async testConnection(context) {
    const servers = await createXtreamClient(context).listServers();
    const online = servers.filter((server) => server.status === 1).length;
    return { detail: `API key accepted: ${servers.length} server${servers.length === 1 ? "" : "s"}, ${online} online` };
  },
};
