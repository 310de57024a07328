/** The panel's answers, word for word where the document gives them (see lib/providers/xtream/README.md for the rest). */
export const messages = {
  notWhitelisted: "Access denied: IP not whitelisted.",
  invalidApiKey: "Invalid API key.",
  invalidAction: "Invalid action.",
  tooManyRequests: "Too many requests.",
  postRequired: "Invalid request method: this call accepts POST only.",
  usernameExists: "Username exists.",
  wrongUsernamePassword: "Wrong Username/Password.",
  macExists: "MAC Address already exists",
  invalidMac: "Invalid MAC Address",
  macNotFound: "MAC Address not found",
  invalidIp: "Invalid IP address",
  serverNotFound: "Server not found.",
  streamNotFound: "Stream not found.",
  administratorNotFound: "Administrator not found.",
  resellerNotFound: "Reseller not found.",
  notEnoughCredits: "Not enough credits.",
  invalidCredits: "Invalid credits amount.",
  invalidEmail: "Invalid email address.",
  expireDateRequired: "Expire date is required for resellers using credits.",
  missingParameter: (name: string) => `Missing parameter: ${name}`,
} as const;

/** A `{Database error}` answer, in the form PDO reports MySQL errors. */
export function dbError(sqlState: string, detail: string): string {
  return `SQLSTATE[${sqlState}]: ${detail}`;
}

export type ApiAnswer = { result: true; [key: string]: unknown } | { result: false; error: string };

export const fail = (error: string): ApiAnswer => ({ result: false, error });
