import "server-only";

import { notFound, unstable_rethrow } from "next/navigation";

import { toAppError, type FailureSummary } from "./app-error";

export type PageOutcome<T> = { ok: true; value: T } | ({ ok: false } & FailureSummary);

/**
 * A failure as a page shows it: a missing item (or an id the provider cannot parse, or another team's
 * connection) is the 404 page; any other failure is a message in place of the section, so the shell and
 * navigation stay usable. Next's own signals (redirect, notFound) pass through.
 */
export function toPageOutcome(error: unknown, where = "page"): { ok: false } & FailureSummary {
  unstable_rethrow(error);
  const appError = toAppError(error, where);
  if (appError.code === "not-found" || appError.code === "invalid-input") notFound();
  return { ok: false, code: appError.code, message: appError.message, ...(appError.providerKind ? { providerKind: appError.providerKind } : {}) };
}

/** Runs a page's read and turns its failure into the page outcome above. */
export async function loadForPage<T>(load: () => Promise<T>, where?: string): Promise<PageOutcome<T>> {
  try {
    return { ok: true, value: await load() };
  } catch (error) {
    return toPageOutcome(error, where);
  }
}
