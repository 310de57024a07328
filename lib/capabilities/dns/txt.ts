/** One character-string of a TXT record holds 255 bytes at most (RFC 1035 §3.3). */
export const TXT_CHUNK = 255;

/**
 * Reads TXT content as typed in a form or a zone file: either plain text without quotes, or one or more quoted
 * strings (`"v=spf1 …" "-all"`) with `\"` and `\\` escapes, which are joined. Quotes must balance, nothing may
 * sit between quoted strings, and each quoted string holds 255 characters at most.
 */
export function parseTxt(content: string): { value: string } | { error: string } {
  const text = content.trim();
  if (!text.startsWith('"')) {
    if (/(^|[^\\])"/.test(text)) return { error: 'The TXT value contains a quote: wrap the whole value in quotes and write inner quotes as \\"' };
    return { value: text.replace(/\\(["\\])/g, "$1") };
  }
  const parts: string[] = [];
  let index = 0;
  while (index < text.length) {
    if (text[index] !== '"') return { error: "Text outside the quotes: quote every part of a TXT value, or none" };
    let part = "";
    index += 1;
    let closed = false;
    while (index < text.length) {
      const char = text[index]!;
      if (char === "\\" && index + 1 < text.length) {
        part += text[index + 1];
        index += 2;
        continue;
      }
      if (char === '"') {
        closed = true;
        index += 1;
        break;
      }
      part += char;
      index += 1;
    }
    if (!closed) return { error: "The TXT value has an unclosed quote" };
    if (part.length > TXT_CHUNK) return { error: `Each quoted TXT string holds ${TXT_CHUNK} characters at most; split it into several quoted strings` };
    parts.push(part);
    while (index < text.length && /\s/.test(text[index]!)) index += 1;
  }
  return { value: parts.join("") };
}

/** A TXT value as zone-file text: quoted, escaped, split into 255-character strings. */
export function formatTxt(value: string): string {
  const chunks: string[] = [];
  for (let start = 0; start < value.length || chunks.length === 0; start += TXT_CHUNK) chunks.push(value.slice(start, start + TXT_CHUNK));
  return chunks.map((chunk) => `"${chunk.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(" ");
}
