import ipaddr from "ipaddr.js";
import { z } from "zod";

import { connectionIdSchema as connectionId } from "@/lib/connections/connection-id";

import { extendMonths } from "./expiry";
import { MAX_IMPORT_ROWS, readImportList, type ImportRow } from "./import-list";
import { INVALID_MAC, normalizeMac } from "./mac";
import { subscriptionKinds, subscriptionKindValues, type SubscriptionKind } from "./subscription-kinds";

/**
 * Form ↔ action schemas of the IPTV area. Field names are the panel's own (snake_case), so a field the panel
 * complains about (`username`, `mac_address`, `server_ip`, `credits`, …) lands beside the right input.
 */

const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true" || value === "1", z.boolean());

const optionalId = z.preprocess(
  (value) => (value === "" || value === null || value === undefined ? null : value),
  z.coerce.number().int("Expected a whole number").positive("Expected a positive id").nullable(),
);

const isIp = (text: string) => ipaddr.IPv4.isValidFourPartDecimal(text) || (text.includes(":") && ipaddr.IPv6.isValid(text));

/** A textarea (one item per line or comma separated) or an array, as a list of trimmed non-empty items. */
const textList = z.preprocess(
  (value) => {
    const items = Array.isArray(value) ? value.map(String) : typeof value === "string" ? value.split(/[\n,]/) : [];
    return items.map((item) => item.trim()).filter((item) => item !== "");
  },
  z.array(z.string().max(512)).max(200),
);

const ipList = textList.superRefine((items, context) => {
  const bad = items.find((item) => !isIp(item));
  if (bad) context.addIssue({ code: "custom", message: `Invalid IP address: ${bad}` });
});

/** yyyy-mm-dd from a date input, as the end of that day in UTC (Unix seconds); blank = unlimited. */
export const expiryDate = z.preprocess(
  (value) => (value === "" || value === null || value === undefined ? null : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Pick a date")
    .transform((text, context) => {
      const time = Date.parse(`${text}T23:59:59Z`);
      if (Number.isNaN(time)) {
        context.addIssue({ code: "custom", message: "Pick a date" });
        return z.NEVER;
      }
      return Math.floor(time / 1000);
    })
    .nullable(),
);

/** On edit: absent keeps the current expiry (the form sends it only when changed), blank makes it unlimited. */
const expiryChange = z.union([z.undefined(), expiryDate]);

export const macInput = z.string().transform((text, context) => {
  const mac = normalizeMac(text);
  if (!mac) {
    context.addIssue({ code: "custom", message: INVALID_MAC });
    return z.NEVER;
  }
  return mac;
});

const maxConnections = z.coerce.number().int("Expected a whole number").min(1, "At least 1").max(1000, "At most 1000");
const notes = z.string().max(10_000).default("");

const lineCommon = {
  max_allowed_connections: maxConnections.default(1),
  restreamer: checkbox,
  reseller_id: optionalId,
  allowed_ips: ipList.default([]),
  allowed_user_agents: textList.default([]),
  isp_lock: checkbox,
  notes,
};

export const createLineSchema = z.object({
  connectionId,
  username: z.string().trim().max(50).default(""),
  password: z.string().max(50).default(""),
  expire_date: expiryDate.default(null),
  subscription_plan_id: optionalId,
  ...lineCommon,
});

export const updateLineSchema = z.object({
  connectionId,
  key: z.string().trim().min(1).max(50),
  /** Blank keeps the current password. */
  password: z.string().max(50).default(""),
  expire_date: expiryChange,
  ...lineCommon,
});

const magCommon = {
  max_allowed_connections: maxConnections.max(100, "At most 100").default(1),
  reseller_id: optionalId,
  lock_device: checkbox,
  notes,
};

export const createMagSchema = z.object({
  connectionId,
  mac_address: macInput,
  expire_date: expiryDate.default(null),
  subscription_plan_id: optionalId,
  ...magCommon,
});

export const updateMagSchema = z.object({
  connectionId,
  key: macInput,
  expire_date: expiryChange,
  ...magCommon,
});

/** Lines and MAG devices share their actions; `kind` says which one a request is about. */
export const subscriptionKind = z.enum(subscriptionKindValues, "Choose a line or a MAG device");

export const createSubscriptionSchema = z.discriminatedUnion("kind", [
  createLineSchema.extend({ kind: z.literal("line") }),
  createMagSchema.extend({ kind: z.literal("mag") }),
]);

export const updateSubscriptionSchema = z.discriminatedUnion("kind", [
  updateLineSchema.extend({ kind: z.literal("line") }),
  updateMagSchema.extend({ kind: z.literal("mag") }),
]);

const subscriptionKey = z.string().trim().min(1).max(50);

/** The key as the panel stores it (a MAG device's MAC in its canonical spelling); a malformed one is a field error. */
function parsedKey<T extends { kind: SubscriptionKind; key: string }>(value: T, context: z.RefinementCtx): T {
  const info = subscriptionKinds[value.kind];
  const key = info.parseKey(value.key);
  if (key === null) {
    context.addIssue({ code: "custom", path: ["key"], message: info.invalidKey });
    return z.NEVER;
  }
  return { ...value, key };
}

const subscriptionRef = { kind: subscriptionKind, connectionId, key: subscriptionKey };

export const subscriptionRefSchema = z.object(subscriptionRef).transform(parsedKey);

/** "Stop listing" takes the key as it is listed, even one the panel would no longer accept. */
export const forgetSchema = z.object(subscriptionRef);

export const extendSchema = z
  .object({
    ...subscriptionRef,
    months: z.coerce.number().refine((months) => (extendMonths as readonly number[]).includes(months), "Pick 1, 3, 6 or 12 months"),
    from: z.enum(["now", "expiry"], "Choose whether to count from now or from the current expiry"),
  })
  .transform(parsedKey);

export const setDisabledSchema = z.object({ ...subscriptionRef, disabled: checkbox }).transform(parsedKey);

/** "Add existing": a pasted list or the text of a CSV file (read in the browser), one row per value. */
export const importSchema = z.object({
  connectionId,
  keys: z
    .string()
    .max(500_000, "This list is too long")
    .transform((text, context) => {
      let rows: ImportRow[];
      try {
        rows = readImportList(text);
      } catch {
        context.addIssue({ code: "custom", message: "Hostdeck could not read this as a list or a CSV file" });
        return z.NEVER;
      }
      if (rows.length === 0) context.addIssue({ code: "custom", message: "Enter at least one" });
      if (rows.length > MAX_IMPORT_ROWS) context.addIssue({ code: "custom", message: `At most ${MAX_IMPORT_ROWS} at a time (this list has ${rows.length})` });
      return rows;
    }),
});

export const importSubscriptionsSchema = importSchema.extend({ kind: subscriptionKind });

export const addCreditsSchema = z.object({
  connectionId,
  resellerId: z.coerce.number().int().positive(),
  credits: z.coerce
    .number("Enter a number of credits")
    .int("Credits are whole numbers")
    .min(-100_000)
    .max(100_000)
    .refine((credits) => credits !== 0, "Enter a number other than 0"),
});

const email = z.string().trim().pipe(z.email("Invalid email address"));

export const createResellerSchema = z.object({
  connectionId,
  name: z.string().trim().min(1, "A name is required").max(50),
  password: z.string().max(255).default(""),
  email: z.preprocess((value) => (value === "" ? undefined : value), email.optional()),
  max_allowed_connections: z.coerce.number().int().min(0).max(100_000).default(0),
  use_credits: checkbox,
  credits: z.coerce.number().int("Credits are whole numbers").min(0, "At least 0").max(100_000).default(0),
  notes,
});

export const updateResellerSchema = z.object({
  connectionId,
  resellerId: z.coerce.number().int().positive(),
  email: z.preprocess((value) => (value === "" ? undefined : value), email.optional()),
  password: z.string().max(255).default(""),
  max_allowed_connections: z.coerce.number().int().min(0).max(100_000),
  use_credits: checkbox,
  status: checkbox,
  notes,
});

const ipField = z
  .string()
  .trim()
  .refine((text) => isIp(text), "Invalid IP address");

export const updateServerSchema = z.object({
  connectionId,
  serverId: z.coerce.number().int().positive(),
  server_name: z.string().trim().min(1, "A name is required").max(255),
  domain_name: z.string().trim().max(255).default(""),
  server_ip: ipField,
  vpn_ip: z.union([z.literal(""), ipField]).default(""),
  http_broadcast_port: z.coerce.number().int().min(1, "1–65535").max(65_535, "1–65535"),
  total_clients: z.coerce.number().int().min(0).max(1_000_000),
});

export const adminGroups = [
  { value: "1", label: "Administrators" },
  { value: "2", label: "Support" },
];

export const createAdminSchema = z.object({
  connectionId,
  username: z.string().trim().min(1, "A username is required").max(50),
  password: z.string().min(8, "At least 8 characters").max(255),
  email,
  group_id: z.coerce.number().int().positive("Pick a group"),
  notes,
});

export const updateAdminSchema = z.object({
  connectionId,
  adminId: z.coerce.number().int().positive(),
  email,
  password: z.string().max(255).default(""),
  group_id: z.coerce.number().int().positive("Pick a group"),
  status: checkbox,
  notes,
});

export const streamRefSchema = z.object({
  connectionId,
  streamId: z.coerce.number().int().positive(),
});
