/** The document's error codes; "Error code is optional, not all errors include a code." */
export type X4bErrorCode = "Authentication Error" | "Out of Stock" | "Invalid Input";

/** Thrown by handlers; the dispatcher turns it into `{error, code}`. */
export class X4bApiError extends Error {
  constructor(
    message: string,
    readonly code?: X4bErrorCode,
  ) {
    super(message);
  }
}

export const notLoggedIn = () => new X4bApiError("Not logged in", "Authentication Error");
export const missingArgument = (name: string) => new X4bApiError(`Missing argument: ${name}`, "Invalid Input");
export const invalidArgument = (name: string) => new X4bApiError(`Invalid argument: ${name}`, "Invalid Input");
