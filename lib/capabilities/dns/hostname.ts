import { z } from "zod";

/**
 * The one host name rule of the console (DNS targets, PTR values on every provider): a fully qualified name,
 * at least two labels of letters, digits and inner hyphens (63 at most each, 253 in all), a top-level label
 * that starts with a letter, and an optional final dot. It is the strictest of the providers' own rules, so a
 * name that passes here is accepted by Time4VPS, XSServer and ip.php alike.
 */
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export const HOSTNAME_MESSAGE = "Enter a fully qualified host name, such as mail.example.com";

/** Lower-cased, without the final dot: the form every provider stores. */
export function normalizeHostname(value: string): string {
  return value.trim().toLowerCase().replace(/\.$/, "");
}

export function isHostname(value: string): boolean {
  return HOSTNAME.test(normalizeHostname(value));
}

/** zod: a host name, normalized (lower case, no final dot). */
export const hostnameSchema = z.string().trim().min(1, "A host name is required").refine(isHostname, HOSTNAME_MESSAGE).transform(normalizeHostname);
