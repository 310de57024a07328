import { addMonths } from "date-fns";

/** Unix seconds, as the panel stores `expire_date`; null means unlimited. */
export type UnixSeconds = number;

const DAY = 86_400;

export type ExpiryTone = "good" | "warn" | "bad" | "neutral";

export interface ExpiryLabel {
  text: string;
  tone: ExpiryTone;
  expired: boolean;
}

/** "expired", "expires today", "expires in 1 day", "expires in N days" or "unlimited"; warn within a week. */
export function expiryLabel(expiresAt: UnixSeconds | null, now: UnixSeconds): ExpiryLabel {
  if (expiresAt === null) return { text: "unlimited", tone: "neutral", expired: false };
  const left = expiresAt - now;
  if (left <= 0) return { text: "expired", tone: "bad", expired: true };
  const days = Math.floor(left / DAY);
  if (days === 0) return { text: "expires today", tone: "warn", expired: false };
  return { text: `expires in ${days} day${days === 1 ? "" : "s"}`, tone: days <= 7 ? "warn" : "good", expired: false };
}

export const extendMonths = [1, 3, 6, 12] as const;
export type ExtendMonths = (typeof extendMonths)[number];
export type ExtendFrom = "now" | "expiry";

export class ExtendError extends Error {}

/**
 * The new `expire_date` for an extension by `months`, counted from now or from the line's current expiry (the
 * user chooses; the panel itself only takes an absolute date). From expiry keeps the months a customer already
 * paid for, even when that date has passed; an unlimited line has no expiry to count from.
 */
export function extendedExpiry(input: { months: number; from: ExtendFrom; current: UnixSeconds | null; now: UnixSeconds }): UnixSeconds {
  if (!Number.isInteger(input.months) || input.months < 1) throw new ExtendError("Months must be a whole number of at least 1.");
  let base: UnixSeconds;
  if (input.from === "now") base = input.now;
  else if (input.current === null) throw new ExtendError("This line is unlimited: there is no expiry date to extend from.");
  else base = input.current;
  return Math.floor(addMonths(new Date(base * 1000), input.months).getTime() / 1000);
}

export const nowSeconds = (): UnixSeconds => Math.floor(Date.now() / 1000);
