import type { Hono } from "hono";
import ipaddr from "ipaddr.js";
import { z } from "zod";

import type { SandboxEnv } from "../core/faults";
import type { XtreamState } from "./types";

const whitelistBody = z.object({
  ips: z.array(z.string().refine((ip) => ipaddr.isValid(ip), "not an IP address")),
});

/**
 * General Settings -> API Settings, for tests: GET/POST /__sandbox/whitelist {ips: [...]}.
 * GET /__sandbox/inventory: the usernames and MACs in the panel (what its admin sees in the panel's own lists, which
 * the API cannot give), so first-run setup can list the demo's lines and MAG devices.
 */
export function mountControlRoutes(app: Hono<SandboxEnv>, state: () => XtreamState): void {
  app.get("/__sandbox/inventory", (c) => c.json({ lines: state().lines.map((line) => line.username), mags: state().mags.map((mag) => mag.mac_address) }));
  app.get("/__sandbox/whitelist", (c) => c.json({ ips: state().whitelist }));
  app.post("/__sandbox/whitelist", async (c) => {
    const parsed = whitelistBody.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json({ error: parsed.error.issues[0]?.message ?? "expected {ips: string[]}" }, 400);
    state().whitelist = parsed.data.ips;
    return c.json({ ips: state().whitelist });
  });
}
