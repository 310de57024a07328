import { z } from "zod";

/** C0 controls except tab, line feed and carriage return (multi-line fields keep those), DEL and C1 controls. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export const CONTROL_CHARACTER_MESSAGE = "Remove control characters (such as NUL) from this field.";

/**
 * The one string schema every input passes: no NUL or other control character reaches the database, a provider
 * or a log line. Actions apply it to every string (and object key) of their input before their own schema
 * (lib/actions/define-action.ts); the edge applies it to every path segment and query value (lib/http/edge.ts).
 */
export const plainText = z.string().refine((value) => !CONTROL_CHARACTER.test(value), CONTROL_CHARACTER_MESSAGE);

/** Field errors (by dotted path, as forms name fields) for every string or key in `value` that `plainText` refuses. */
export function controlCharacterErrors(value: unknown): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const visit = (item: unknown, path: string[], depth: number) => {
    if (depth > 64) return;
    if (typeof item === "string") {
      if (!plainText.safeParse(item).success) errors[path.length ? path.join(".") : "_form"] = [CONTROL_CHARACTER_MESSAGE];
      return;
    }
    if (Array.isArray(item)) return item.forEach((entry, index) => visit(entry, [...path, String(index)], depth + 1));
    if (item && typeof item === "object" && !(item instanceof Blob)) {
      for (const [key, entry] of Object.entries(item as Record<string, unknown>)) {
        if (!plainText.safeParse(key).success) errors[[...path, "_key"].join(".")] = [CONTROL_CHARACTER_MESSAGE];
        visit(entry, [...path, key], depth + 1);
      }
    }
  };
  visit(value, [], 0);
  return errors;
}

/** Row ids are UUIDs: anything else (a NUL included) names no row, and never reaches a query. */
export const recordId = z.string().uuid();
export const isRecordId = (value: unknown): value is string => recordId.safeParse(value).success;
