import { z } from "zod";

import { connectionIdSchema as connectionId } from "../../connections/connection-id";
import { parseCidr } from "./cidr";

const id = z.coerce.number({ error: "Must be a number" }).int().positive();
const portNumber = z.coerce.number({ error: "Enter a port number" }).int("Enter a whole number").min(1, "Ports go from 1").max(65535, "Ports go up to 65535");
const checkbox = z
  .union([z.boolean(), z.enum(["on", "true", "false", ""])])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

export const cidrMaskSchema = z.string().transform((value, ctx) => {
  const parsed = parseCidr(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.message });
    return z.NEVER;
  }
  return parsed.value.canonical;
});

export const aclModeSchema = z.enum(["allow", "deny"], { error: "Choose allow or deny" });

const leaseRef = { connectionId, leaseId: id };

/** A lease page's or route's path: a malformed id names nothing (404). */
export const leaseParams = z.object(leaseRef);
export const portParams = z.object({ ...leaseRef, portId: id });
export const connectionParams = z.object({ connectionId });

export const deleteLeaseInput = z.object(leaseRef);

const ipAddress = z
  .string()
  .trim()
  .min(1, "Enter the backend address")
  .refine((value) => parseCidr(`${value}/${value.includes(":") ? 128 : 32}`).ok, "Must be an IPv4 or IPv6 address");

export const addPortInput = z.object({
  ...leaseRef,
  from: portNumber,
  to: portNumber,
  addr: ipAddress,
  type: z.enum(["http", "tcp"], { error: "Choose HTTP or TCP" }),
  keepalive: checkbox,
  domain: optionalText,
});

export const updatePortInput = z.object({ ...leaseRef, portId: id, to: portNumber, addr: ipAddress, keepalive: checkbox });

export const deletePortInput = z.object({ ...leaseRef, from: portNumber, domain: optionalText });

const portRef = { ...leaseRef, portId: id };

export const addAclRuleInput = z
  .object({
    ...portRef,
    mode: aclModeSchema,
    mask: cidrMaskSchema,
    placement: z.enum(["start", "end", "position"]).default("start"),
    position: z.coerce.number().int().min(1, "Positions start at 1").optional(),
  })
  .refine((input) => input.placement !== "position" || input.position !== undefined, { message: "Enter the position", path: ["position"] });

export const deleteAclRuleInput = z.object({ ...portRef, mask: cidrMaskSchema });

export const moveAclRuleInput = z.object({ ...portRef, mask: cidrMaskSchema, from: z.coerce.number().int().min(0), to: z.coerce.number().int().min(0) });

export const finishAclMoveInput = z.object({ ...portRef, mask: cidrMaskSchema, copyMask: cidrMaskSchema, mode: aclModeSchema });

export const bulkAclInput = z.object({
  connectionId,
  mode: aclModeSchema,
  mask: cidrMaskSchema,
  placement: z.enum(["start", "end"]).default("start"),
  ports: z
    .array(z.string().regex(/^\d+:\d+$/, "Bad port reference"))
    .min(1, "Choose at least one port")
    .max(200, "At most 200 ports at once")
    .transform((refs) => refs.map((ref) => ({ leaseId: Number(ref.split(":")[0]), portId: Number(ref.split(":")[1]) }))),
});
