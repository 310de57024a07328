import { ZodError } from "zod";

import { isProviderError, type ProviderErrorKind } from "../providers/core/errors";

/** Every way a request can fail, as the console tells it: actions, read routes and pages share these codes. */
export const appErrorCodes = [
  "invalid-input",
  "unauthenticated",
  "forbidden",
  "not-found",
  "conflict",
  "idempotency-mismatch",
  "in-progress",
  "interrupted",
  "payload-too-large",
  "provider",
  "rate-limited",
  "timeout",
  "internal",
] as const;
export type AppErrorCode = (typeof appErrorCodes)[number];

export const httpStatusOf: Record<AppErrorCode, number> = {
  "invalid-input": 400,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  "idempotency-mismatch": 409,
  "in-progress": 409,
  interrupted: 409,
  "payload-too-large": 413,
  "rate-limited": 429,
  internal: 500,
  provider: 502,
  timeout: 504,
};

/** One message per cause, used wherever the cause itself has nothing better to say. */
export const defaultMessageOf: Record<AppErrorCode, string> = {
  "invalid-input": "Please correct the highlighted fields.",
  unauthenticated: "Your session has ended. Sign in again.",
  forbidden: "Your role in this team does not allow this.",
  "not-found": "This item was not found.",
  conflict: "Something with these details already exists.",
  "idempotency-mismatch": "This form was already submitted with different values. Reload the page and try again.",
  "in-progress": "The first submission is still running; check again in a moment.",
  interrupted: "The first submission was interrupted before it finished.",
  "payload-too-large": "The request is too large.",
  provider: "The provider could not complete the request.",
  "rate-limited": "Too many requests; try again shortly.",
  timeout: "The provider did not answer in time.",
  internal: "Something went wrong on our side. Nothing was changed that we know of; please try again.",
};

/** Marks every AppError, so one thrown by another bundle's copy of this module is still known (see ProviderError). */
const appErrorMark = Symbol.for("hostdeck.AppError");

/** An expected failure: it becomes an action result, a route's JSON error or a page outcome, never a crash. */
export class AppError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && appErrorMark in value;
  }

  constructor(
    readonly code: AppErrorCode,
    message: string = defaultMessageOf[code],
    readonly fieldErrors?: Record<string, string[]>,
    /** The provider's kind of failure, when a provider caused it. */
    readonly providerKind?: ProviderErrorKind,
  ) {
    super(message);
    this.name = "AppError";
    Object.defineProperty(this, appErrorMark, { value: true });
  }

  get status(): number {
    return httpStatusOf[this.code];
  }
}

/** Another team's resource, or one that does not exist: the same answer for both. */
export function notFound(what = "This item"): AppError {
  return new AppError("not-found", `${what} was not found.`);
}

/** A problem with one field: the message goes beside the field, the summary only points at it. */
export function fieldError(field: string, message: string): AppError {
  return new AppError("invalid-input", "Please correct the highlighted field.", { [field]: [message] });
}

function codeOfProviderKind(kind: ProviderErrorKind): AppErrorCode {
  if (kind === "not-found") return "not-found";
  if (kind === "rate-limited") return "rate-limited";
  if (kind === "timeout") return "timeout";
  return "provider";
}

function prismaCodeOf(error: unknown): unknown {
  return typeof error === "object" && error !== null && "code" in error ? (error as { code: unknown }).code : undefined;
}

/**
 * Any thrown value as an AppError: provider and database failures keep their meaning, anything else is a bug,
 * logged by name and message only (never a payload) and answered with the generic message.
 */
export function toAppError(error: unknown, where = "request"): AppError {
  if (error instanceof AppError) return error;
  if (isProviderError(error)) {
    const fieldErrors = error.field ? { [error.field]: [error.userMessage] } : undefined;
    return new AppError(codeOfProviderKind(error.kind), error.userMessage, fieldErrors, error.kind);
  }
  if (error instanceof ZodError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of error.issues) (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
    return new AppError("invalid-input", defaultMessageOf["invalid-input"], fieldErrors);
  }
  const prismaCode = prismaCodeOf(error);
  if (prismaCode === "P2002") return new AppError("conflict");
  if (prismaCode === "P2025") return new AppError("not-found");
  console.error(`[${where}]`, error instanceof Error ? `${error.name}: ${error.message}` : "unknown error");
  return new AppError("internal");
}

/** The one JSON error shape of every route. */
export interface ErrorBody {
  error: { code: AppErrorCode; message: string; fieldErrors?: Record<string, string[]>; providerKind?: ProviderErrorKind };
}

export function errorBody(error: AppError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
      ...(error.providerKind ? { providerKind: error.providerKind } : {}),
    },
  };
}

export function toRouteResponse(error: unknown, where?: string): Response {
  const appError = toAppError(error, where);
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (appError.code === "unauthenticated") headers["www-authenticate"] = 'Bearer realm="hostdeck"';
  return Response.json(errorBody(appError), { status: appError.status, headers });
}

/** What a server action returns when it fails. */
export interface ActionFailure {
  ok: false;
  code: AppErrorCode;
  error: string;
  fieldErrors?: Record<string, string[]>;
}

export function toActionFailure(error: unknown, where?: string): ActionFailure {
  const appError = toAppError(error, where);
  return { ok: false, code: appError.code, error: appError.message, ...(appError.fieldErrors ? { fieldErrors: appError.fieldErrors } : {}) };
}

/** A provider failure in a form the UI shows beside a connection (fan-out rows, detail sections). */
export interface FailureSummary {
  code: AppErrorCode;
  message: string;
  providerKind?: ProviderErrorKind;
}

export function toFailureSummary(error: unknown, where?: string): FailureSummary {
  const appError = toAppError(error, where);
  return { code: appError.code, message: appError.message, ...(appError.providerKind ? { providerKind: appError.providerKind } : {}) };
}
