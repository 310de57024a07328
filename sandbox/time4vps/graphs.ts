import { createHmac } from "node:crypto";

import type { Hono } from "hono";

import type { SandboxEnv } from "../core/faults";

const periods = ["daily", "weekly", "monthly", "yearly"];
const resources = ["cpu", "memory", "traffic", "io", "load", "iops", "netpps", "storage"];
export const graphTypes = resources.flatMap((resource) => periods.map((period) => `${resource}_${period}`));

/** Time4VPS graph links are valid "only for short period of time, around 5-10 minutes". */
export const GRAPH_LINK_TTL_MS = 5 * 60_000;
const signingKey = "time4vps-sandbox-graphs";

const signature = (query: string) => createHmac("sha256", signingKey).update(query).digest("base64url").slice(0, 20);

export function graphUrl(host: string, serverId: string, type: string, width: number, now: number): string {
  const query = `server=${serverId}&type=${type}&width=${width}&expires=${Math.floor((now + GRAPH_LINK_TTL_MS) / 1000)}`;
  return `//${host}/graph.php?${query}&sig=${signature(query)}`;
}

/** Serves the images behind graph links (a small SVG), refusing expired or tampered links. */
export function mountGraphImages(app: Hono<SandboxEnv>): void {
  app.get("/graph.php", (c) => {
    const url = new URL(c.req.url);
    const query = url.search.slice(1).replace(/&sig=[^&]*$/, "");
    const expires = Number(url.searchParams.get("expires"));
    if (url.searchParams.get("sig") !== signature(query)) return c.text("Invalid link", 403);
    if (!Number.isFinite(expires) || expires * 1000 < Date.now()) return c.text("Link expired", 403);
    const width = Math.min(768, Math.max(200, Number(url.searchParams.get("width")) || 576));
    const type = url.searchParams.get("type") ?? "";
    const points = Array.from({ length: 24 }, (_, i) => `${(i * width) / 23},${120 - ((i * 37 + type.length * 11) % 90)}`).join(" ");
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="140"><text x="8" y="16" font-size="12">${type}</text><polyline fill="none" stroke="#2563eb" points="${points}"/></svg>`;
    return c.body(svg, 200, { "content-type": "image/svg+xml", "cache-control": "no-store" });
  });
}
