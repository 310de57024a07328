import type { RawFields } from "./types";

/** Every field the provider returned, the named ones first with their readable names, the rest as sent. */
export function rawFields(record: Record<string, unknown>, names: Record<string, string>): RawFields {
  const known = Object.keys(names).filter((key) => key in record);
  const rest = Object.keys(record).filter((key) => !(key in names));
  return [...known, ...rest].map((key) => ({ name: names[key] ?? key, value: displayValue(record[key]) }));
}

export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
