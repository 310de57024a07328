import { type ColumnValue } from "./columns";
import { fail, messages, type ApiAnswer } from "./messages";
import type { LineRow, MagRow, XtreamState } from "./types";

const DAY = 86_400;
const CREDIT_PERIOD = 30 * DAY;

type Subscription = Pick<LineRow & MagRow, "reseller_id" | "expire_date" | "subscription_plan_id" | "bouquets" | "max_allowed_connections" | "is_trial">;

/** A subscription plan fills what the caller left out: expiry from now, bouquets, connections, trial flag. */
export function applyPlanDefaults(state: XtreamState, values: Record<string, ColumnValue>, now: number): void {
  const plan = state.packages.find((item) => item.id === values.subscription_plan_id);
  if (!plan) return;
  values.expire_date ??= now + plan.duration_days * DAY;
  if (!Array.isArray(values.bouquets) || values.bouquets.length === 0) values.bouquets = [...plan.bouquets];
  values.max_allowed_connections ??= plan.max_allowed_connections;
  values.is_trial ??= plan.is_trial;
}

export interface Charge {
  resellerId: number;
  cost: number;
}

/**
 * Credits rule (recorded in lib/providers/xtream/README.md): only a reseller with use_credits pays. A plan costs its
 * credits; otherwise every started 30 days of new time costs 1 credit (at least 1 for a new line). Unlimited time
 * cannot be bought with credits. Nothing is written unless the whole request succeeds.
 */
export function priceChange(
  state: XtreamState,
  before: Subscription | undefined,
  changes: Record<string, ColumnValue>,
  now: number,
): { charge?: Charge } | { error: ApiAnswer } {
  const resellerId = (changes.reseller_id !== undefined ? changes.reseller_id : before?.reseller_id) as number | null | undefined;
  const reseller = state.regUsers.find((user) => user.id === resellerId);
  if (!reseller || reseller.use_credits !== 1) return {};
  const touchesTime = !before || "expire_date" in changes || "subscription_plan_id" in changes;
  if (!touchesTime) return {};
  const expiry = "expire_date" in changes ? (changes.expire_date as number | null) : (before?.expire_date ?? null);
  const plan = state.packages.find((item) => item.id === changes.subscription_plan_id);
  let cost: number;
  if (plan) cost = plan.credits;
  else if (expiry === null) return { error: fail(messages.expireDateRequired) };
  else {
    const paidUntil = Math.max(before?.expire_date ?? now, now);
    cost = Math.max(0, Math.ceil((expiry - paidUntil) / CREDIT_PERIOD));
    if (!before) cost = Math.max(1, cost);
  }
  if (cost > reseller.credits) return { error: fail(messages.notEnoughCredits) };
  return { charge: { resellerId: reseller.id, cost } };
}

/** An update that names a plan but no date extends from the later of now and the current expiry. */
export function applyPlanExtension(state: XtreamState, before: Subscription, changes: Record<string, ColumnValue>, now: number): void {
  const plan = state.packages.find((item) => item.id === changes.subscription_plan_id);
  if (!plan || "expire_date" in changes) return;
  changes.expire_date = Math.max(before.expire_date ?? now, now) + plan.duration_days * DAY;
}

export function collect(state: XtreamState, charge: Charge | undefined): void {
  if (!charge) return;
  const reseller = state.regUsers.find((user) => user.id === charge.resellerId);
  if (reseller) reseller.credits -= charge.cost;
}

export function channelIds(state: XtreamState, bouquetIds: readonly number[]): number[] {
  const ids = new Set<number>();
  for (const bouquet of state.bouquets) if (bouquetIds.includes(bouquet.id)) for (const id of bouquet.stream_ids) ids.add(id);
  return [...ids].sort((a, b) => a - b);
}
