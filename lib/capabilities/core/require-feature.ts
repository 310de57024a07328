import { AppError, notFound } from "../../errors/app-error";
import type { ConnectionRef } from "../../providers/core/types";

/** An optional adapter member a change needs: when the kind lacks it, the user is told so in words. */
export function requireChange<F>(feature: F | undefined, connection: ConnectionRef, missing: string): F {
  if (feature === undefined) throw new AppError("invalid-input", `${connection.label} (${connection.kindLabel}) ${missing}.`);
  return feature;
}

/** An optional adapter member a page section reads: when the kind lacks it, the section does not exist. */
export function requireRead<F>(feature: F | undefined, what: string): F {
  if (feature === undefined) throw notFound(what);
  return feature;
}
