import qs from "qs";

export type FormScalar = string | number | boolean | Date | null | undefined;
export type FormValue = FormScalar | readonly FormValue[] | { readonly [key: string]: FormValue };

/** PHP's view of a value: true/false are 1/0 (http_build_query), a Date is a Unix timestamp, null is empty. */
function toPhp(value: FormValue): unknown {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return Math.floor(value.getTime() / 1000);
  if (Array.isArray(value)) {
    // qs drops an empty array entirely; an empty field is how the panel is told "no items".
    return value.length === 0 ? "" : value.map((item) => toPhp(item));
  }
  if (typeof value === "object" && value !== undefined) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = toPhp(item as FormValue);
    return out;
  }
  return value;
}

/**
 * application/x-www-form-urlencoded the way PHP's $_POST reads it: `data[username]=x&data[allowed_ips][]=1.2.3.4`.
 * Keys are left readable (brackets unescaped), values are percent-encoded.
 */
export function encodePhpForm(fields: Record<string, FormValue>): string {
  return qs.stringify(toPhp(fields), { arrayFormat: "brackets", encodeValuesOnly: true, format: "RFC1738" });
}
