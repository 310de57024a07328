import { describe, expect, it } from "vitest";

import { expiryLabel, extendedExpiry, ExtendError } from "./expiry";

const DAY = 86_400;
const now = Date.UTC(2026, 0, 31, 12, 0, 0) / 1000; // 31 Jan 2026, 12:00 UTC

describe("expiryLabel", () => {
  it("says unlimited for a line without expiry", () => {
    expect(expiryLabel(null, now)).toEqual({ text: "unlimited", tone: "neutral", expired: false });
  });

  it("says expired at and after the expiry moment", () => {
    expect(expiryLabel(now, now)).toMatchObject({ text: "expired", tone: "bad", expired: true });
    expect(expiryLabel(now - 40 * DAY, now)).toMatchObject({ text: "expired", expired: true });
  });

  it("counts whole days left, singular and plural, and warns within a week", () => {
    expect(expiryLabel(now + 3_600, now)).toMatchObject({ text: "expires today", tone: "warn" });
    expect(expiryLabel(now + DAY + 5, now)).toMatchObject({ text: "expires in 1 day", tone: "warn" });
    expect(expiryLabel(now + 7 * DAY, now)).toMatchObject({ text: "expires in 7 days", tone: "warn" });
    expect(expiryLabel(now + 20 * DAY + 100, now)).toMatchObject({ text: "expires in 20 days", tone: "good", expired: false });
  });
});

describe("extendedExpiry", () => {
  const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

  it("counts from now when asked, whatever the current expiry", () => {
    const current = now + 50 * DAY;
    expect(iso(extendedExpiry({ months: 1, from: "now", current, now }))).toBe("2026-02-28T12:00:00.000Z");
    expect(iso(extendedExpiry({ months: 12, from: "now", current: null, now }))).toBe("2027-01-31T12:00:00.000Z");
  });

  it("counts from the current expiry when asked, keeping the time already paid for", () => {
    const current = Date.UTC(2026, 2, 15, 8, 30) / 1000;
    expect(iso(extendedExpiry({ months: 3, from: "expiry", current, now }))).toBe("2026-06-15T08:30:00.000Z");
    expect(iso(extendedExpiry({ months: 6, from: "expiry", current, now }))).toBe("2026-09-15T08:30:00.000Z");
  });

  it("from an expiry in the past it still counts from that date (the user chose it explicitly)", () => {
    const current = Date.UTC(2025, 11, 1) / 1000;
    expect(iso(extendedExpiry({ months: 1, from: "expiry", current, now }))).toBe("2026-01-01T00:00:00.000Z");
  });

  it("now and expiry give different dates for the same line", () => {
    const current = now + 10 * DAY;
    expect(extendedExpiry({ months: 1, from: "expiry", current, now }) - extendedExpiry({ months: 1, from: "now", current, now })).toBe(10 * DAY);
  });

  it("refuses to extend an unlimited line from its expiry, and nonsense month counts", () => {
    expect(() => extendedExpiry({ months: 1, from: "expiry", current: null, now })).toThrow(ExtendError);
    expect(() => extendedExpiry({ months: 0, from: "now", current: null, now })).toThrow(ExtendError);
    expect(() => extendedExpiry({ months: 1.5, from: "now", current: null, now })).toThrow(ExtendError);
  });
});
