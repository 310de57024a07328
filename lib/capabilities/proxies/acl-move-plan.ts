import { canonicalMask } from "./cidr";
import type { AclRule } from "./types";

/** Where a new rule goes: "start", "end" or a rule number (the highest number is the first rule). */
export type AclPlacement = "start" | "end" | number;

/**
 * The `order` that makes a new rule land at list position `index` (0 = first) of `rules`, i.e. directly above
 * the rule now at `index`. The provider gives the new rule number N and lifts every rule numbered N or more, so N is
 * one more than that rule's number; this holds whether or not the numbers are contiguous.
 */
export function placementAt(rules: readonly AclRule[], index: number): AclPlacement {
  if (index <= 0) return "start";
  const below = rules[index];
  return below === undefined ? "end" : below.order + 1;
}

/** Where a rule's copy goes, as an index of the current list, so that it sits at `to` once the original is gone. */
export function copyIndexFor(from: number, to: number): number {
  return to < from ? to : to + 1;
}

export function indexOfMask(rules: readonly AclRule[], mask: string): number {
  const wanted = canonicalMask(mask);
  return rules.findIndex((rule) => canonicalMask(rule.mask) === wanted);
}

/** The list a move of the rule at `from` to `to` should end with. */
export function movedList<T>(rules: readonly T[], from: number, to: number): T[] {
  const next = [...rules];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

/** Why a move cannot start, or null. */
export function moveProblem(rules: readonly AclRule[], from: number, to: number, mask: string): string | null {
  if (from < 0 || from >= rules.length || to < 0 || to >= rules.length) return "That position is outside the rule list.";
  if (from === to) return "The rule is already at that position.";
  if (canonicalMask(rules[from]!.mask) !== canonicalMask(mask)) {
    return "The rules of this port changed since the page was loaded. Nothing was changed; check the list and try again.";
  }
  return null;
}
