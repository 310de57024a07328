import { describe, expect, it } from "vitest";

import { canonicalMask, equivalentMask, parseCidr, sameRange } from "./cidr";
import { cidrMaskSchema } from "./schemas";

describe("parseCidr: IPv4", () => {
  it.each(["192.0.2.0/24", "0.0.0.0/0", "198.51.100.7/32", "10.0.0.0/8"])("accepts %s", (mask) => {
    const parsed = parseCidr(mask);
    expect(parsed.ok && parsed.value.version).toBe(4);
  });

  it.each([
    ["192.0.2.0", /prefix length/],
    ["192.0.2.0/33", /IPv4 prefix length is at most 32/],
    ["192.0.2.0/", /must be a number/],
    ["192.0.2.0/-1", /must be a number/],
    ["192.0.2.0/24/8", /prefix length after a slash/],
    ["256.0.2.0/24", /Not an IPv4 or IPv6/],
    ["192.0.2/24", /Not an IPv4 or IPv6/],
    ["192.000.2.0/24", /Not an IPv4 or IPv6/],
    ["", /Enter an address range/],
  ])("refuses %s", (mask, message) => {
    const parsed = parseCidr(mask);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe("parseCidr: IPv6", () => {
  it.each(["2001:db8::/32", "::/0", "2001:db8::1/128", "fe80::/10", "::ffff:192.0.2.0/120"])("accepts %s", (mask) => {
    const parsed = parseCidr(mask);
    expect(parsed.ok && parsed.value.version).toBe(6);
  });

  it.each([
    ["2001:db8::/129", /IPv6 prefix length is at most 128/],
    ["2001:db8:::/32", /Not an IPv4 or IPv6/],
    ["2001:db8::g/64", /Not an IPv4 or IPv6/],
    ["fe80::1%eth0/64", /Not an IPv4 or IPv6/],
    ["2001:db8::", /prefix length/],
  ])("refuses %s", (mask, message) => {
    const parsed = parseCidr(mask);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it("writes IPv6 the way X4B lists it (compressed, lower case)", () => {
    expect(canonicalMask("2001:0DB8:0000:0000:0000:0000:0000:0000/32")).toBe("2001:db8::/32");
    expect(canonicalMask(" 192.0.2.0/24 ")).toBe("192.0.2.0/24");
  });
});

describe("cidrMaskSchema (forms and actions)", () => {
  it("gives the canonical mask or the reason", () => {
    expect(cidrMaskSchema.parse("2001:DB8::/48")).toBe("2001:db8::/48");
    const failed = cidrMaskSchema.safeParse("10.0.0.0/40");
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]?.message).toMatch(/at most 32/);
  });
});

describe("equivalentMask: another spelling of the same range", () => {
  it("uses a host address inside the range, same prefix, unused on the port", () => {
    expect(equivalentMask("192.0.2.0/24", [])).toBe("192.0.2.1/24");
    expect(equivalentMask("192.0.2.0/24", ["192.0.2.1/24"])).toBe("192.0.2.2/24");
    expect(equivalentMask("0.0.0.0/0", [])).toBe("0.0.0.1/0");
    expect(equivalentMask("2001:db8::/32", [])).toBe("2001:db8::1/32");
    expect(sameRange("192.0.2.0/24", "192.0.2.1/24")).toBe(true);
    expect(sameRange("2001:db8::/32", "2001:db8::1/32")).toBe(true);
  });

  it("has none for single addresses", () => {
    expect(equivalentMask("198.51.100.7/32", [])).toBeNull();
    expect(equivalentMask("2001:db8::1/128", [])).toBeNull();
  });

  it("tells ranges apart", () => {
    expect(sameRange("192.0.2.0/24", "192.0.3.0/24")).toBe(false);
    expect(sameRange("192.0.2.0/24", "192.0.2.0/25")).toBe(false);
    expect(sameRange("192.0.2.0/24", "2001:db8::/24")).toBe(false);
  });
});
