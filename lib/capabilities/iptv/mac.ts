/** MAC addresses as the panel stores them: six upper-case hex pairs joined by colons. */
const canonical = /^[0-9A-F]{2}(:[0-9A-F]{2}){5}$/;

/**
 * Accepts the usual spellings (colons, dashes, dots, none; any case) and returns `00:1A:79:AB:CD:EF`, or null
 * when the text is not a MAC address.
 */
export function normalizeMac(text: string): string | null {
  const hex = text
    .trim()
    .toUpperCase()
    .replace(/[\s:.-]/g, "");
  if (!/^[0-9A-F]{12}$/.test(hex)) return null;
  const mac = hex.match(/.{2}/g)!.join(":");
  return canonical.test(mac) ? mac : null;
}

export const INVALID_MAC = "Invalid MAC Address";
