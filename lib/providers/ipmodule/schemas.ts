import ipaddr from "ipaddr.js";
import { z } from "zod";

/* ---------- provider values: PHP may send numbers as strings and lists as keyed objects ---------- */

const integerString = z
  .string()
  .trim()
  .regex(/^-?\d+$/, "Expected an integer")
  .transform(Number);
const intLike = z.union([z.number().int(), integerString]);
const decimalString = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?$/, "Expected a number")
  .transform(Number);
const numberLike = z.union([z.number(), decimalString]);
const flagLike = z.union([z.boolean(), z.literal(0), z.literal(1), z.enum(["0", "1"])]).transform((value) => value === true || value === 1 || value === "1");

function phpList<T extends z.ZodType>(item: T) {
  return z.union([z.array(item), z.record(z.string().regex(/^\d+$/), item).transform((record) => Object.values(record))]);
}

export function isIpAddress(value: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(value) || (value.includes(":") && ipaddr.IPv6.isValid(value));
}

const ipString = z.string().trim().refine(isIpAddress, "Expected an IP address");

/* ---------- responses (the document lost its success examples; see README.md) ---------- */

export const clientIpSchema = z.union([z.looseObject({ ip: ipString }), ipString.transform((ip) => ({ ip }))]);
export type ClientIp = z.output<typeof clientIpSchema>;

export const ipInfoSchema = z.looseObject({
  ip: ipString,
  network: z.string(),
  mask: z.string(),
  gateway: z.string(),
  prefix: intLike.optional(),
  broadcast: z.string().optional(),
  vlan: intLike.nullable().optional(),
  location: z.string().optional(),
  server_id: intLike.nullable().optional(),
  main: flagLike.optional(),
  ipmi: flagLike.optional(),
  description: z.string().nullable().optional(),
  ptr: z.string().nullable().optional(),
});
export type IpInfo = z.output<typeof ipInfoSchema>;

/** Several PTR values travel newline-separated (%0A). */
export const ptrSchema = z.looseObject({
  ip: ipString,
  ptr: z
    .string()
    .nullable()
    .transform((value) => value ?? ""),
});
export type PtrRecord = z.output<typeof ptrSchema>;

const trafficPointSchema = z.looseObject({ timestamp: intLike, in: numberLike, out: numberLike });

/** summary=1: inbound and outbound GB for the period. */
export const trafficSummarySchema = z.looseObject({
  ip: ipString,
  period_start: intLike.optional(),
  period_stop: intLike.optional(),
  in: numberLike,
  out: numberLike,
});
export type TrafficSummary = z.output<typeof trafficSummarySchema>;

/** summary=0: one point per interval, bytes in and out; totals (GB) when the provider adds them. */
export const trafficDetailSchema = z.looseObject({
  ip: ipString,
  period_start: intLike.optional(),
  period_stop: intLike.optional(),
  in: numberLike.optional(),
  out: numberLike.optional(),
  data: phpList(trafficPointSchema),
});
export type TrafficDetail = z.output<typeof trafficDetailSchema>;

export const freeIpListSchema = z.union([
  z.looseObject({ location: z.string().optional(), ips: phpList(ipString) }),
  phpList(ipString).transform((ips) => ({ ips })),
]);
export type FreeIpList = z.output<typeof freeIpListSchema>;

export const setMainSchema = z.looseObject({ id: intLike, ip: ipString, main: intLike.optional() });
export type SetMainResult = z.output<typeof setMainSchema>;

/* ---------- requests ---------- */

const serverId = z.number().int().positive();
const location = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{2,16}$/, "Must be a location code such as NL");
const hostname = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => value.replace(/\.$/, ""))
  .refine((value) => /^(?=.{1,253}$)([a-z0-9_]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(value), "Must be a host name");

/** A unix timestamp in seconds, or a Date. */
const timestamp = z.union([z.date().transform((date) => Math.floor(date.getTime() / 1000)), z.number().int().nonnegative()]);

export const getIpInput = z.object({ ip: ipString });
export type GetIpInput = z.input<typeof getIpInput>;

export const getPtrInput = z.object({ id: serverId, ip: ipString, location: location.optional() });
export type GetPtrInput = z.input<typeof getPtrInput>;

export const getTrafficInput = z
  .object({
    ip: ipString,
    periodStart: timestamp.optional(),
    periodStop: timestamp.optional(),
    /** true: in/out totals in GB only; false (default): detailed timestamps. */
    summary: z.boolean().default(false),
    /** true: only traffic not yet billed. */
    unbilled: z.boolean().default(false),
  })
  .refine((input) => input.periodStart === undefined || input.periodStop === undefined || input.periodStart <= input.periodStop, {
    message: "The period must start before it stops",
    path: ["periodStart"],
  });
export type GetTrafficInput = z.input<typeof getTrafficInput>;

export const listFreeIpInput = z.object({
  location,
  excludeSpecial: z.boolean().optional(),
  /** Subnet ID: clients may only list inside their own subnets. */
  id: serverId.optional(),
});
export type ListFreeIpInput = z.input<typeof listFreeIpInput>;

export const setMainInput = z.object({
  id: serverId,
  ip: ipString,
  /** 1 (default): main IPv4 of the server; 0: its IPMI address. */
  main: z.union([z.literal(0), z.literal(1)]).optional(),
  description: z.string().trim().max(255).optional(),
});
export type SetMainInput = z.input<typeof setMainInput>;

export const updatePtrInput = z.object({
  id: serverId,
  ip: ipString,
  /** One host name, several, or none to clear the record. */
  ptr: z.union([hostname, z.array(hostname).min(1).max(10)]).optional(),
  location: location.optional(),
});
export type UpdatePtrInput = z.input<typeof updatePtrInput>;
