/** What every server action returns; forms show `error` in a live region and `fieldErrors` beside fields. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; code: ActionErrorCode; fieldErrors?: Record<string, string[]> };

export type ActionFailure = Extract<ActionResult<never>, { ok: false }>;

export type ActionErrorCode =
  | "invalid-input"
  | "unauthenticated"
  | "forbidden"
  | "not-found"
  | "conflict"
  | "idempotency-mismatch"
  | "in-progress"
  | "interrupted"
  | "provider"
  | "rate-limited"
  | "internal";

/** An expected failure raised inside an action's `run`; it becomes a failed result, not a crash. */
export class ActionError extends Error {
  constructor(
    readonly code: ActionErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "ActionError";
  }
}

/** Another team's resource, or one that does not exist: the same answer for both. */
export function notFound(what = "This item"): ActionError {
  return new ActionError("not-found", `${what} was not found.`);
}

/** A problem with one field: the message goes beside the field, the summary only points at it. */
export function fieldError(field: string, message: string): ActionError {
  return new ActionError("invalid-input", "Please correct the highlighted field.", { [field]: [message] });
}
