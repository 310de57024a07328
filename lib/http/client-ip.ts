/**
 * The caller's address as the nearest proxy (Next's own server, or a reverse proxy in front of it)
 * recorded it: the LAST x-forwarded-for hop, which a client cannot forge from the outside.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last ?? headers.get("x-real-ip") ?? "unknown";
}
