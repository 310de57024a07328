import { randomInt } from "node:crypto";

/** Rows come out of PDO as strings (lists stay JSON text, as they are stored), the way a PHP panel prints them. */
export function dbRow(row: object, omit: readonly string[] = []): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  // The id column comes first, as in the table.
  const entries = Object.entries(row).sort(([a], [b]) => Number(b === "id") - Number(a === "id"));
  for (const [key, value] of entries) {
    if (omit.includes(key) || value === undefined) continue;
    if (value === null) out[key] = null;
    else if (Array.isArray(value)) out[key] = JSON.stringify(value);
    else if (typeof value === "boolean") out[key] = value ? "1" : "0";
    else out[key] = String(value);
  }
  return out;
}

const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** What the panel generates for a blank username or password. */
export function randomCredential(length = 10): string {
  let text = "";
  for (let index = 0; index < length; index += 1) text += alphabet[randomInt(alphabet.length)];
  return text;
}

export function sameText(a: string, b: string): boolean {
  // MySQL's default collation compares usernames case-insensitively.
  return a.localeCompare(b, undefined, { sensitivity: "accent" }) === 0;
}
