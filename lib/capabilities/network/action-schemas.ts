import ipaddr from "ipaddr.js";
import { z } from "zod";

export const setMainSchema = z.object({
  connectionId: z.string().trim().min(1, "Choose a connection").max(100),
  serverId: z.coerce.number({ message: "Unknown server" }).int().positive("Unknown server"),
  ip: z
    .string()
    .trim()
    .refine((value) => ipaddr.IPv4.isValidFourPartDecimal(value), "The main IP is an IPv4 address"),
  /** The user types the address again to confirm. */
  confirm: z.string().trim(),
}).refine((input) => input.confirm === input.ip, { path: ["confirm"], message: "Type the address exactly to confirm" });
