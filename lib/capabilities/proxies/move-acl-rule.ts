import { AppError } from "@/lib/errors/app-error";

import { isProviderError } from "../../providers/core/errors";
import { copyIndexFor, indexOfMask, moveProblem, placementAt } from "./acl-move-plan";
import type { ProxiesAdapter } from "./adapter";
import { canonicalMask, equivalentMask } from "./cidr";
import type { AclRule, PortRef } from "./types";

type AclClient = Pick<ProxiesAdapter, "rules" | "addRule" | "deleteRule">;

/** Where a move stands: done, or stopped between steps with the rule present twice or under its copy's spelling. */
export type MoveOutcome =
  | { status: "moved"; rules: AclRule[]; message: string }
  | {
      status: "stopped";
      /** The step that failed: 2 remove the original, 3 write the rule back at its new place, 4 remove the copy. */
      step: 2 | 3 | 4;
      mask: string;
      copyMask: string;
      mode: "allow" | "deny";
      /** The port's rules read again after the failure; null when even that read failed. */
      rules: AclRule[] | null;
      message: string;
    };

const reasonOf = (error: unknown) => (isProviderError(error) ? error.userMessage : "An unexpected error occurred.");

function readRules(client: AclClient, target: PortRef): Promise<AclRule[]> {
  return client.rules(target);
}

const position = (rules: readonly AclRule[] | null, mask: string) => {
  const index = rules ? indexOfMask(rules, mask) : -1;
  return index < 0 ? null : index + 1;
};

/** Exactly what the port holds after a stopped move, and which rule to remove. */
export function describeStop(step: 2 | 3 | 4, mask: string, copyMask: string, mode: string, rules: readonly AclRule[] | null, reason: string): string {
  const at = (p: number | null) => (p === null ? "" : ` at position ${p}`);
  const r = position(rules, mask);
  const c = position(rules, copyMask);
  const tail = `No rule was lost. X4B answered: ${reason}${rules ? "" : " The rules could not be read again; reload to see them."}`;
  if (step === 2) {
    return `The move stopped halfway: the ${mode} rule ${mask} now appears twice — its new copy${at(c)} (written ${copyMask}, the same range) and the original${at(r)}. Remove the original ${mask}${at(r)} to finish, or press "Finish the move". ${tail}`;
  }
  if (step === 3) {
    return `The ${mode} rule ${mask} is at its new place${at(c)}, but still written ${copyMask} (the same range); writing it back as ${mask} failed. Press "Finish the move" to try again. ${tail}`;
  }
  return `The move is almost done: the ${mode} rule ${mask} now appears twice — at its new place${at(r)} and as a temporary copy${at(c)} written ${copyMask}. Remove the copy ${copyMask}${at(c)} to finish, or press "Finish the move". ${tail}`;
}

async function stopped(
  client: AclClient,
  target: PortRef,
  step: 2 | 3 | 4,
  rule: { mask: string; copyMask: string; mode: "allow" | "deny" },
  error: unknown,
): Promise<MoveOutcome> {
  const rules = await readRules(client, target).catch(() => null);
  return { status: "stopped", step, ...rule, rules, message: describeStop(step, rule.mask, rule.copyMask, rule.mode, rules, reasonOf(error)) };
}

/**
 * Steps 2–4 of a move, from whatever state the port is in: the copy marks the rule's new place.
 * 2: remove the original; 3: add the rule under its own mask directly above the copy; 4: remove the copy.
 * The port never holds fewer rules than before the move started.
 */
export async function finishAclMove(
  client: AclClient,
  target: PortRef,
  rule: { mask: string; copyMask: string; mode: "allow" | "deny" },
): Promise<MoveOutcome> {
  const mask = canonicalMask(rule.mask);
  const copyMask = canonicalMask(rule.copyMask);
  const names = { mask, copyMask, mode: rule.mode };
  let rules = await readRules(client, target);
  let original = indexOfMask(rules, mask);
  if (indexOfMask(rules, copyMask) < 0) {
    if (original >= 0) return { status: "moved", rules, message: `The ${rule.mode} rule ${mask} is at position ${original + 1}.` };
    throw new AppError("not-found", `Neither ${mask} nor its copy ${copyMask} is on this port any more; nothing was changed.`);
  }
  const copyAt = () => indexOfMask(rules, copyMask);
  if (original >= 0 && original !== copyAt() - 1) {
    try {
      await client.deleteRule(target, mask);
    } catch (error) {
      return stopped(client, target, 2, names, error);
    }
    rules = await readRules(client, target);
    original = -1;
  }
  if (original < 0) {
    try {
      await client.addRule(target, { mask, mode: rule.mode }, placementAt(rules, copyAt()));
    } catch (error) {
      return stopped(client, target, 3, names, error);
    }
  }
  try {
    await client.deleteRule(target, copyMask);
  } catch (error) {
    return stopped(client, target, 4, names, error);
  }
  rules = await readRules(client, target);
  const now = position(rules, mask);
  return { status: "moved", rules, message: `Moved the ${rule.mode} rule ${mask} to position ${now ?? "?"}. The order shown is read back from X4B.` };
}

/**
 * Moves the rule at `from` to `to` (0-based, first rule first). X4B has no move call, keeps one rule per mask
 * and deletes by mask, so the rule is first added at its new place under another spelling of the same range
 * (step 1), then the original is removed (2), the rule is written back under its own mask directly above the
 * copy (3) and the copy removed (4). At no moment does the port hold fewer rules than before.
 */
export async function moveAclRule(client: AclClient, target: PortRef, move: { mask: string; from: number; to: number }): Promise<MoveOutcome> {
  const rules = await readRules(client, target);
  const problem = moveProblem(rules, move.from, move.to, move.mask);
  if (problem) throw new AppError("conflict", problem);
  const rule = rules[move.from]!;
  const copyMask = equivalentMask(
    rule.mask,
    rules.map((r) => r.mask),
  );
  if (!copyMask) {
    throw new AppError(
      "invalid-input",
      `${rule.mask} is a single address, and X4B keeps one rule per mask, so it cannot be moved without a moment in which it is missing. Nothing was changed. Move the rules around it instead, or delete it and add it again at the position you want.`,
    );
  }
  try {
    await client.addRule(target, { mask: copyMask, mode: rule.mode }, placementAt(rules, copyIndexFor(move.from, move.to)));
  } catch (error) {
    throw new AppError("provider", `Nothing was changed: X4B refused to add the rule at its new place. ${reasonOf(error)}`);
  }
  return finishAclMove(client, target, { mask: rule.mask, copyMask, mode: rule.mode });
}
