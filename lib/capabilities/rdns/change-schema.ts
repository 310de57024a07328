import { z } from "zod";

import { connectionIdSchema } from "@/lib/connections/connection-id";

import { hostnameSchema } from "../dns/hostname";
import { ipAddressSchema } from "../network/action-schemas";

/** One PTR change as the form and the action both check it; the host name rule is the console's one rule. */
export const rdnsChangeSchema = z.object({
  connectionId: connectionIdSchema,
  ref: z.string().trim().regex(/^\d+$/, "Unknown owner of this address").optional(),
  ip: ipAddressSchema,
  hostname: hostnameSchema,
});

export const rdnsBulkSchema = z.object({
  entries: z.array(rdnsChangeSchema).min(1, "Give at least one address").max(100, "At most 100 addresses at once"),
});

/**
 * The bulk editor's text: one `IP host name` per line (a tab, spaces, `=` or `,` between them); blank lines and
 * `#` comments ignored. Returns the pairs and the problems per line, checked with the same rules as the action.
 */
export function parseBulkLines(text: string): { pairs: { line: number; ip: string; hostname: string }[]; errors: { line: number; message: string }[] } {
  const pairs: { line: number; ip: string; hostname: string }[] = [];
  const errors: { line: number; message: string }[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, "").trim();
    if (!line) return;
    const [ip = "", hostname = "", ...rest] = line.split(/[\s,=]+/);
    const number = index + 1;
    if (rest.length > 0 || !hostname) return errors.push({ line: number, message: "Write one address and one host name per line" });
    const checked = rdnsChangeSchema.pick({ ip: true, hostname: true }).safeParse({ ip, hostname });
    if (!checked.success) return errors.push({ line: number, message: `${ip}: ${checked.error.issues[0]!.message}` });
    if (seen.has(checked.data.ip)) return errors.push({ line: number, message: `${ip} appears twice` });
    seen.add(checked.data.ip);
    pairs.push({ line: number, ...checked.data });
  });
  return { pairs, errors };
}
