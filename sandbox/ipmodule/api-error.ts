/** An ip.php failure: always `{code: -1, message}`, some actions repeat the words in `error`. */
export class IpModuleError extends Error {
  constructor(
    message: string,
    readonly repeatInError = false,
  ) {
    super(message);
  }

  toBody(): Record<string, unknown> {
    return this.repeatInError ? { code: -1, message: this.message, error: this.message } : { code: -1, message: this.message };
  }
}

/** `$module/$action: invalid request` (the document's "\(module/\)action" lost its dollar signs). */
export const invalidRequest = (action: string) => new IpModuleError(`ip/${action}: invalid request`);
