/**
 * What a browser of this console sends to a server action (React's `encodeReply` of the action's arguments),
 * checked before Next.js decodes it: Next answers a malformed encoding with HTTP 500 and a logged stack trace.
 * Hostdeck's actions take plain values or a FormData: JSON with only these `$` forms, or multipart whose field
 * "0" holds that JSON (with `$K<n>` pointing at the FormData's fields).
 */
const PLAIN_REFERENCE = /^\$(\$.*|undefined|NaN|Infinity|-Infinity|-0|D.+|n-?\d+)$/s;
const FORM_DATA_REFERENCE = /^\$K\d+$/;
const MAX_ARGUMENTS = 2;
const MAX_DEPTH = 32;

function acceptable(value: unknown, multipart: boolean, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === "string") {
    if (!value.startsWith("$")) return true;
    return PLAIN_REFERENCE.test(value) || (multipart && FORM_DATA_REFERENCE.test(value));
  }
  if (value === null || typeof value === "number" || typeof value === "boolean") return true;
  if (Array.isArray(value)) return value.every((item) => acceptable(item, multipart, depth + 1));
  if (typeof value === "object") return Object.values(value as Record<string, unknown>).every((item) => acceptable(item, multipart, depth + 1));
  return false;
}

function acceptableArguments(json: string, multipart: boolean): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return false;
  }
  return Array.isArray(parsed) && parsed.length <= MAX_ARGUMENTS && acceptable(parsed, multipart);
}

/** True when `body` is an encoding this console's client produces for a server action call. */
export async function isWellFormedActionBody(contentType: string, body: Buffer): Promise<boolean> {
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (type === "text/plain") return acceptableArguments(body.toString("utf8"), false);
  if (type !== "multipart/form-data") return false;
  let form: FormData;
  try {
    form = await new Request("http://action.invalid/", { method: "POST", headers: { "content-type": contentType }, body: new Uint8Array(body) }).formData();
  } catch {
    return false;
  }
  const root = form.get("0");
  return typeof root === "string" && acceptableArguments(root, true);
}

/** Next.js action ids: hex, 40 to 42 characters. */
export function isActionIdShape(id: string): boolean {
  return /^[0-9a-f]{40,42}$/i.test(id);
}
