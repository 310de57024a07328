import ipaddr from "ipaddr.js";
import { z } from "zod";

import { connectionIdSchema } from "@/lib/connections/connection-id";

/** An IPv4 or IPv6 address, as every address field of the console takes it. */
export const ipAddressSchema = z
  .string()
  .trim()
  .refine((value) => ipaddr.isValid(value), "Enter an IP address");

/** One address to look up (IP lookup, reverse DNS lookup). */
export const ipQuerySchema = z.object({ ip: ipAddressSchema });

export const freeIpsQuerySchema = z.object({
  location: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9_-]{2,16}$/, "Enter a location code such as NL"),
  excludeSpecial: z
    .enum(["0", "1"])
    .default("0")
    .transform((value) => value === "1"),
});

export const trafficQuerySchema = z.object({
  ip: ipAddressSchema,
  days: z.coerce
    .number({ message: "The period is 1 to 90 days" })
    .int("The period is 1 to 90 days")
    .min(1, "The period is 1 to 90 days")
    .max(90, "The period is 1 to 90 days")
    .default(7),
});

export const setMainSchema = z
  .object({
    connectionId: connectionIdSchema,
    serverId: z.coerce.number({ message: "Unknown server" }).int().positive("Unknown server"),
    ip: z
      .string()
      .trim()
      .refine((value) => ipaddr.IPv4.isValidFourPartDecimal(value), "The main IP is an IPv4 address"),
    /** The user types the address again to confirm. */
    confirm: z.string().trim(),
  })
  .refine((input) => input.confirm === input.ip, { path: ["confirm"], message: "Type the address exactly to confirm" });
