import { z } from "zod";

export { flag, id, num, optionalText, text } from "../hostbill-schemas";

export const info = z.array(z.string()).optional();

/** Some list endpoints are documented with a single object as the example; both forms are read as a list. */
export function listOrOne<S extends z.ZodType>(item: S) {
  return z.union([z.array(item), item.transform((one) => [one])]);
}

export const infoResponse = z.looseObject({ info });
export const successResponse = z.looseObject({ success: z.boolean().optional(), info });

// ---- input building blocks ----

/** Path ids: a positive integer, given as number or digit string. */
export const idInput = z.union([z.number().int().positive(), z.string().trim().regex(/^\d+$/, "expected a numeric id").transform(Number)]);
export const payMethodInput = idInput;
export const cycleInput = z.enum(["m", "q", "s", "a", "b", "t"]);
export const countryInput = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, "use a two-letter country code")
  .transform((v) => v.toUpperCase());
export const hostnameInput = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}\.?$/, "expected a fully qualified host name");
