/** PHP's serialize() for JSON-like values: what the `.ps` suffix answers with. */
export function phpSerialize(value: unknown): string {
  if (value === null || value === undefined) return "N;";
  if (typeof value === "boolean") return `b:${value ? 1 : 0};`;
  if (typeof value === "number") return Number.isInteger(value) ? `i:${value};` : `d:${value};`;
  if (typeof value === "string") return `s:${Buffer.byteLength(value, "utf8")}:"${value}";`;
  if (Array.isArray(value)) {
    return `a:${value.length}:{${value.map((item, index) => `i:${index};${phpSerialize(item)}`).join("")}}`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    return `a:${entries.length}:{${entries.map(([key, item]) => phpKey(key) + phpSerialize(item)).join("")}}`;
  }
  return "N;";
}

/** PHP turns decimal-integer string keys into integer keys. */
function phpKey(key: string): string {
  return /^(0|-?[1-9]\d*)$/.test(key) ? `i:${key};` : phpSerialize(key);
}
