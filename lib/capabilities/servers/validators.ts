import ipaddr from "ipaddr.js";
import { z } from "zod";

import { connectionIdSchema } from "../../connections/connection-id";

/**
 * Input schemas shared by the Servers forms and their server actions: the browser and the action check
 * the same rules, and the provider client checks once more before anything is sent.
 */

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** Server ids are numeric at every provider that offers servers (HostBill). */
export const serverIdSchema = z
  .string()
  .trim()
  .regex(/^\d{1,12}$/, "Missing or malformed server id");

export const serverRefInput = z.object({ connectionId: connectionIdSchema, serverId: serverIdSchema });

export const hostnameField = z
  .string({ error: "Enter a host name" })
  .trim()
  .toLowerCase()
  .min(1, "Enter a host name")
  .max(253, "A host name has at most 253 characters")
  .transform((value) => value.replace(/\.$/, ""))
  .refine(
    (value) => /^([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/.test(value),
    "Enter a fully qualified host name, e.g. server.example.com",
  );

export function isIpAddress(value: string): boolean {
  return ipaddr.isValid(value.trim()) && (ipaddr.IPv4.isValidFourPartDecimal(value.trim()) || ipaddr.IPv6.isValid(value.trim()));
}

const ipField = z.string().trim().refine(isIpAddress, "Enter an IPv4 or IPv6 address, e.g. 1.1.1.1");

const dnsSlots = ["ns1", "ns2", "ns3", "ns4"] as const;

/** One to four resolver addresses; the first is required, blanks after it are dropped, duplicates refused. */
export const dnsServersInput = serverRefInput
  .extend({
    ns1: z.preprocess(emptyToUndefined, ipField.optional()).refine((value) => value !== undefined, "At least one DNS server is required"),
    ns2: z.preprocess(emptyToUndefined, ipField.optional()),
    ns3: z.preprocess(emptyToUndefined, ipField.optional()),
    ns4: z.preprocess(emptyToUndefined, ipField.optional()),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    for (const slot of dnsSlots) {
      const value = input[slot];
      if (!value || !isIpAddress(value)) continue;
      const normal = ipaddr.parse(value).toNormalizedString();
      if (seen.has(normal)) ctx.addIssue({ code: "custom", path: [slot], message: "This DNS server is already listed" });
      seen.add(normal);
    }
  })
  .transform((input) => ({ ...input, servers: dnsSlots.map((slot) => input[slot]).filter((value): value is string => Boolean(value)) }));

export const renameInput = serverRefInput.extend({ hostname: hostnameField });

export const changePtrInput = serverRefInput.extend({
  ipAddress: z
    .string()
    .trim()
    .refine((value) => ipaddr.IPv4.isValidFourPartDecimal(value), "Pick one of the server's additional IPv4 addresses"),
  hostname: hostnameField,
});

const checkbox = z
  .union([z.boolean(), z.enum(["on", "true", "false", "1", "0"])])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true" || value === "1");

export const webConsoleTimeouts = ["1h", "3h", "6h", "12h", "24h"] as const;

export const webConsoleInput = serverRefInput.extend({
  timeout: z.enum(webConsoleTimeouts, { error: "Pick how long the console stays open" }),
  whitelabel: checkbox,
});

const sshKeyPattern = /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\.com) [A-Za-z0-9+/]+=*( .*)?$/;

/** Reinstall destroys the server's data: the exact host name must be typed to confirm. */
export const reinstallInput = serverRefInput
  .extend({
    os: z.string().trim().min(1, "Pick an operating system").max(100),
    script: z.preprocess(emptyToUndefined, z.string().trim().regex(/^\d+$/, "Pick an init script from the list").optional()),
    sshKey: z.preprocess(emptyToUndefined, z.string().trim().max(16_384).regex(sshKeyPattern, "Paste an OpenSSH public key (ssh-ed25519 AAAA…)").optional()),
    expectedHostname: z.string().trim().min(1),
    confirmHostname: z.string({ error: "Type the server's host name to confirm" }).trim(),
  })
  .refine((input) => input.confirmHostname === input.expectedHostname, {
    path: ["confirmHostname"],
    message: "Type the server's host name exactly to confirm",
  });

export type DnsServersInput = z.output<typeof dnsServersInput>;
export type ReinstallInput = z.output<typeof reinstallInput>;
