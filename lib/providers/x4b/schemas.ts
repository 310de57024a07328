import ipaddr from "ipaddr.js";
import { z } from "zod";

/* ---------- provider values: PHP sends numbers as numbers or strings, lists as arrays or keyed objects ---------- */

const integerString = z
  .string()
  .trim()
  .regex(/^-?\d+$/, "Expected an integer")
  .transform(Number);
export const intLike = z.union([z.number().int(), integerString]);

const decimalString = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?$/, "Expected a number")
  .transform(Number);
export const numberLike = z.union([z.number(), decimalString]);

export const boolLike = z
  .union([z.boolean(), z.literal(0), z.literal(1), z.enum(["0", "1", "true", "false"])])
  .transform((value) => value === true || value === 1 || value === "1" || value === "true");

/** A PHP array with gaps in its keys is JSON-encoded as an object; both mean a list. */
export function phpList<T extends z.ZodType>(item: T) {
  return z.union([z.array(item), z.record(z.string().regex(/^\d+$/), item).transform((record) => Object.values(record))]);
}

/* ---------- responses ---------- */

export const serverSchema = z.looseObject({
  id: intLike,
  name: z.string(),
  flag: z.string(),
  available_proxies_v4: intLike,
  available_proxies_v6: intLike,
});
export const serverListSchema = phpList(serverSchema);
export type X4bServer = z.output<typeof serverSchema>;

export const planSchema = z.looseObject({
  id: intLike,
  name: z.string(),
  gb: numberLike,
  bill: z.string(),
});
export const planListSchema = phpList(planSchema);
export type X4bPlan = z.output<typeof planSchema>;

export const leaseDataSchema = z.looseObject({ addr: z.string(), server: intLike, plan: intLike });

const leaseServiceSchema = z.looseObject({ id: intLike, type: z.literal("lease"), data: leaseDataSchema });
const otherServiceSchema = z.looseObject({
  id: intLike,
  type: z.string().refine((type) => type !== "lease", "A lease must carry its data"),
  /** "unsupported" services carry no data (absent, null or an empty PHP array). */
  data: z.unknown().optional(),
});
export const serviceSchema = z.union([leaseServiceSchema, otherServiceSchema]);
export const serviceListSchema = phpList(serviceSchema);
export type X4bService = z.output<typeof serviceSchema>;

export const usageSchema = z.looseObject({ used: numberLike, unit: z.string() });
export type X4bUsage = z.output<typeof usageSchema>;

export const portSchema = z.looseObject({
  id: intLike,
  from: intLike,
  to: intLike,
  addr: z.string(),
  type: z.string(),
  keepalive: boolLike,
  /** Not in the document's return list, but Port/delete matches on it; kept when the provider sends it. */
  domain: z.string().nullable().optional(),
});
export const portListSchema = phpList(portSchema);
export type X4bPort = z.output<typeof portSchema>;

export const aclModeSchema = z.enum(["allow", "deny"]);

/** "array of array of mode and mask": PHP's words fit a list of [mode, mask] pairs and of {mode, mask} maps alike. */
const aclEntrySchema = z.union([
  z.tuple([aclModeSchema, z.string()]).transform(([mode, mask]) => ({ mode, mask })),
  z.looseObject({ mode: aclModeSchema, mask: z.string(), order: intLike.optional() }),
]);
export const aclListSchema = phpList(aclEntrySchema);
export interface X4bAcl {
  mode: "allow" | "deny";
  mask: string;
  /** The rule's number: the highest is evaluated first. Taken from the provider when it sends one. */
  order: number;
}

export const statusSchema = z.union([z.string(), z.boolean(), z.number()]).transform(String);
export const deletedCountSchema = intLike;
export const acknowledgementSchema = z.union([z.boolean(), z.string(), z.number()]);

/* ---------- requests ---------- */

const id = z.number().int().positive();
const portNumber = z.number().int().min(1).max(65535);

export function isIpAddress(value: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(value) || (value.includes(":") && ipaddr.IPv6.isValid(value));
}

export function isCidr(value: string): boolean {
  const [address, prefix, ...rest] = value.split("/");
  if (!address || prefix === undefined || rest.length > 0 || !/^\d{1,3}$/.test(prefix)) return false;
  const bits = Number(prefix);
  if (ipaddr.IPv4.isValidFourPartDecimal(address)) return bits <= 32;
  return address.includes(":") && ipaddr.IPv6.isValid(address) && bits <= 128;
}

const ipAddress = z.string().trim().refine(isIpAddress, "Must be an IPv4 or IPv6 address");
const hostname = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9_]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/, "Must be a domain name");

/** `service` or `lease`: the document accepts either name for the lease's ID. */
export const serviceRefInput = z
  .object({ service: id.optional(), lease: id.optional() })
  .refine((ref) => (ref.service === undefined) !== (ref.lease === undefined), {
    message: "Give exactly one of service or lease",
    path: ["service"],
  });
export type X4bServiceRef = z.input<typeof serviceRefInput>;

export const portTypeSchema = z.enum(["http", "tcp"]);

export const addPortInput = z.object({
  service: id,
  port: z.object({
    from: portNumber,
    to: portNumber,
    addr: ipAddress,
    type: portTypeSchema,
    keepalive: z.boolean().default(false),
    /** HTTP ports only: the host name this port answers for. */
    domain: hostname.optional(),
  }),
});
export type X4bAddPortInput = z.input<typeof addPortInput>;

export const updatePortInput = z.object({
  id,
  port: z
    .object({ to: portNumber.optional(), addr: ipAddress.optional(), keepalive: z.boolean().optional() })
    .refine((port) => port.to !== undefined || port.addr !== undefined || port.keepalive !== undefined, {
      message: "Give at least one of to, addr or keepalive",
    }),
});
export type X4bUpdatePortInput = z.input<typeof updatePortInput>;

export const deletePortInput = z.object({
  service: id,
  port: z.object({ from: portNumber, domain: hostname.optional() }),
});
export type X4bDeletePortInput = z.input<typeof deletePortInput>;

export const listAclsInput = z.object({ service: id, portId: id });
export type X4bListAclsInput = z.input<typeof listAclsInput>;

const portSelector = z.object({ service: id, portId: id.optional(), portFrom: portNumber.optional() });
const onePortSelected = {
  check: (value: { portId?: number; portFrom?: number }) => (value.portId === undefined) !== (value.portFrom === undefined),
  params: { message: "Give exactly one of portId or portFrom", path: ["portId"] },
};

const cidrMask = z.string().trim().refine(isCidr, "Must be an address range in CIDR form, e.g. 192.0.2.0/24");

export const aclOrderInput = z.union([z.enum(["start", "end"]), z.number().int().min(1)]);

export const addAclInput = portSelector
  .extend({ mask: cidrMask, mode: aclModeSchema, order: aclOrderInput.optional() })
  .refine(onePortSelected.check, onePortSelected.params);
export type X4bAddAclInput = z.input<typeof addAclInput>;

export const deleteAclInput = portSelector.extend({ mask: cidrMask }).refine(onePortSelected.check, onePortSelected.params);
export type X4bDeleteAclInput = z.input<typeof deleteAclInput>;
