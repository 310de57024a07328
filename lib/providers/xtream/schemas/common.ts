import ipaddr from "ipaddr.js";
import { z } from "zod";

// ---- Answers: the panel prints database rows, so numbers and flags usually arrive as strings. ----

export const intLike = z.union([
  z.number().int(),
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, "expected an integer")
    .transform(Number),
]);

/** Unix seconds or nothing ("" and null mean unlimited / never). */
export const nullableInt = z.union([intLike, z.literal("").transform(() => null), z.null()]);

export const flag = z
  .union([z.boolean(), z.literal(0), z.literal(1), z.literal("0"), z.literal("1"), z.literal("")])
  .transform((value) => value === true || value === 1 || value === "1");

export const nullableText = z.string().nullable();

function parseListText(value: unknown): unknown {
  if (typeof value !== "string") return value;
  if (value.trim() === "") return [];
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** List columns are stored as JSON text (`'["1.2.3.4"]'`); some panels decode them first. Both become arrays. */
export const jsonList = <T extends z.ZodType>(item: T) => z.preprocess(parseListText, z.array(item));

/** PHP's json_encode prints an array with gaps in its keys as an object; its values are the list. */
export const phpList = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value !== null && typeof value === "object" && !Array.isArray(value) ? Object.values(value) : value), z.array(item));

/** A list answer is `{result: true, <key>: [...]}`; this takes `data` as the list when `<key>` is absent. */
export function dataAs(key: string) {
  return (value: unknown): unknown => {
    if (value === null || typeof value !== "object" || key in value || !("data" in value)) return value;
    return { ...value, [key]: (value as { data: unknown }).data };
  };
}

export const createdAnswer = z.looseObject({ created_id: intLike });
export const modifiedAnswer = z.looseObject({ modified_id: intLike });
export const deletedAnswer = z.looseObject({ deleted_id: intLike.optional() });
export const doneAnswer = z.looseObject({});

/** One active viewer, as line_conn_info / mag_conn_info list them. */
export const connectionRow = z.looseObject({
  activity_id: intLike.optional(),
  stream_id: intLike,
  server_id: nullableInt.optional(),
  user_ip: z.string(),
  user_agent: nullableText.optional(),
  container: nullableText.optional(),
  date_start: nullableInt.optional(),
  geoip_country_code: nullableText.optional(),
  isp: nullableText.optional(),
});
export type ConnectionRow = z.output<typeof connectionRow>;

// ---- Requests ----

export const recordId = z.number().int().positive();

/** A Unix timestamp in seconds, a Date, or null for "unlimited" (sent empty, which the panel stores as NULL). */
export const expireDateInput = z.union([z.number().int().nonnegative(), z.date(), z.null()]);

export const ipAddress = z
  .string()
  .trim()
  .refine((text) => ipaddr.IPv4.isValidFourPartDecimal(text) || (text.includes(":") && ipaddr.IPv6.isValid(text)), "Invalid IP address");

export const macAddress = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-F]{2}(:[0-9A-F]{2}){5}$/, "Invalid MAC Address");

/** "All other fields of the table" may be sent too; they reach the panel as they are. */
export const extraField = z.union([z.string(), z.number(), z.boolean(), z.date(), z.null(), z.array(z.union([z.string(), z.number()]))]);

/** Either `id` or `username` names an administrator or reseller. */
export const accountRef = {
  id: recordId.optional(),
  username: z.string().trim().min(1).optional(),
};

export function hasAccountRef(value: { id?: number; username?: string }): boolean {
  return value.id !== undefined || value.username !== undefined;
}
