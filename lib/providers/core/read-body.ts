import type { Response } from "undici";

import { ProviderError } from "./errors";

export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

function tooLarge(maxBytes: number, status: number): ProviderError {
  return new ProviderError("bad-response", { status, providerMessage: `The answer is larger than ${Math.round(maxBytes / 1024)} KiB` });
}

/** Reads the body as UTF-8 text, stopping (and freeing the socket) once it passes `maxBytes`. */
export async function readBodyText(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(maxBytes, response.status);
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder("utf-8");
  let received = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes, response.status);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
