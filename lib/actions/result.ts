import type { ActionFailure } from "../errors/app-error";

/** What every server action returns; forms show `error` in a live region and `fieldErrors` beside fields. */
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;
