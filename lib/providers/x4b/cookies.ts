/** The `name=value` pairs a response sets, ready to send back as one Cookie header. */
export function cookiesFromResponse(headers: Headers): string | undefined {
  const lines = typeof headers.getSetCookie === "function" ? headers.getSetCookie() : (headers.get("set-cookie")?.split(/,(?=\s*[^;,=\s]+=)/) ?? []);
  const pairs = lines.map((line) => line.split(";", 1)[0]?.trim() ?? "").filter((pair) => /^[^=\s]+=/.test(pair) && !/=deleted$/i.test(pair));
  return pairs.length > 0 ? pairs.join("; ") : undefined;
}

/** Merges new pairs over old ones by cookie name (PHP may rotate the session id on any answer). */
export function mergeCookies(current: string, update: string): string {
  const jar = new Map<string, string>();
  for (const pair of [...current.split("; "), ...update.split("; ")]) {
    const name = pair.split("=", 1)[0];
    if (name) jar.set(name, pair);
  }
  return [...jar.values()].join("; ");
}
