import { describe, expect, it } from "vitest";

import { copyIndexFor, movedList, moveProblem, placementAt, type AclPlacement } from "./acl-move-plan";
import type { AclRule } from "./types";

/** X4B's documented ACL order (README choice 17): highest number first; N lifts every rule numbered N or more. */
function add(rules: AclRule[], mask: string, where: AclPlacement): AclRule[] {
  const highest = rules[0]?.order ?? 0;
  const order = where === "start" ? highest + 1 : where === "end" ? 1 : where;
  const lifted = rules.map((rule) => (rule.order >= order ? { ...rule, order: rule.order + 1 } : rule));
  return [...lifted, { mode: "allow" as const, mask, order }].sort((a, b) => b.order - a.order);
}

function remove(rules: AclRule[], mask: string): AclRule[] {
  return rules.filter((rule) => rule.mask !== mask);
}

function list(...masks: string[]): AclRule[] {
  return masks.map((mask, index) => ({ mode: "allow", mask, order: masks.length - index }));
}

const masksOf = (rules: AclRule[]) => rules.map((rule) => rule.mask);

/** Step 1 and 2 of a move: the copy at its place first, then the original out; the count never drops. */
function addThenDelete(rules: AclRule[], from: number, to: number) {
  const original = rules[from]!.mask;
  const afterAdd = add(rules, `${original}'`, placementAt(rules, copyIndexFor(from, to)));
  const afterDelete = remove(afterAdd, original);
  return { afterAdd, afterDelete, counts: [rules.length, afterAdd.length, afterDelete.length] };
}

describe("placementAt", () => {
  it("is start for the top, end past the bottom, else one above the rule it goes over", () => {
    const rules = list("a", "b", "c");
    expect(placementAt(rules, 0)).toBe("start");
    expect(placementAt(rules, 1)).toBe(3);
    expect(placementAt(rules, 2)).toBe(2);
    expect(placementAt(rules, 3)).toBe("end");
    expect(masksOf(add(rules, "x", placementAt(rules, 1)))).toEqual(["a", "x", "b", "c"]);
    expect(masksOf(add(rules, "x", placementAt(rules, 2)))).toEqual(["a", "b", "x", "c"]);
  });

  it("works when the provider's numbers have gaps", () => {
    const rules: AclRule[] = [
      { mode: "allow", mask: "a", order: 40 },
      { mode: "deny", mask: "b", order: 17 },
      { mode: "deny", mask: "c", order: 3 },
    ];
    expect(masksOf(add(rules, "x", placementAt(rules, 2)))).toEqual(["a", "b", "x", "c"]);
    expect(masksOf(add(rules, "x", placementAt(rules, 1)))).toEqual(["a", "x", "b", "c"]);
  });
});

describe("add then delete: positions", () => {
  const rules = list("a", "b", "c", "d", "e");

  it.each([
    [0, 3],
    [0, 4],
    [1, 2],
    [2, 4],
  ])("moving down from %i to %i", (from, to) => {
    const { afterAdd, afterDelete, counts } = addThenDelete(rules, from, to);
    expect(masksOf(afterAdd)[from]).toBe(masksOf(rules)[from]);
    expect(masksOf(afterDelete)).toEqual(masksOf(movedList(rules, from, to)).map((m) => (m === rules[from]!.mask ? `${m}'` : m)));
    expect(afterDelete.findIndex((r) => r.mask.endsWith("'"))).toBe(to);
    expect(Math.min(...counts)).toBe(rules.length);
  });

  it.each([
    [3, 0],
    [4, 0],
    [2, 1],
    [4, 2],
  ])("moving up from %i to %i", (from, to) => {
    const { afterAdd, afterDelete, counts } = addThenDelete(rules, from, to);
    expect(masksOf(afterAdd)[from + 1]).toBe(masksOf(rules)[from]);
    expect(afterDelete.findIndex((r) => r.mask.endsWith("'"))).toBe(to);
    expect(masksOf(afterDelete)).toEqual(masksOf(movedList(rules, from, to)).map((m) => (m === rules[from]!.mask ? `${m}'` : m)));
    expect(Math.min(...counts)).toBe(rules.length);
  });

  it("then the rule written back directly above its copy, and the copy removed, gives the moved list", () => {
    for (const [from, to] of [
      [0, 4],
      [4, 0],
      [1, 3],
      [3, 1],
    ] as const) {
      const { afterDelete } = addThenDelete(rules, from, to);
      const copyAt = afterDelete.findIndex((r) => r.mask.endsWith("'"));
      const restored = add(afterDelete, rules[from]!.mask, placementAt(afterDelete, copyAt));
      expect(restored.length).toBe(rules.length + 1);
      expect(masksOf(remove(restored, `${rules[from]!.mask}'`))).toEqual(masksOf(movedList(rules, from, to)));
    }
  });
});

describe("moveProblem", () => {
  const rules = list("192.0.2.0/24", "10.0.0.0/8");
  it("refuses stale or pointless moves", () => {
    expect(moveProblem(rules, 0, 1, "192.0.2.0/24")).toBeNull();
    expect(moveProblem(rules, 0, 0, "192.0.2.0/24")).toMatch(/already/);
    expect(moveProblem(rules, 0, 2, "192.0.2.0/24")).toMatch(/outside/);
    expect(moveProblem(rules, 1, 0, "192.0.2.0/24")).toMatch(/changed since/);
  });
});
