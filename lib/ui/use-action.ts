"use client";

import { useCallback, useState, useTransition } from "react";

import type { ActionResult } from "@/lib/actions/result";

/** crypto.randomUUID needs a secure context; a console reached over plain http on a LAN still needs keys. */
function newSubmissionKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Calls a server action with a submission key that stays the same until an answer arrives, so a double
 * click or a retry after a lost response cannot repeat the side effect.
 */
export function useAction<T>(
  action: (input: unknown) => Promise<ActionResult<T>>,
  options: { onSuccess?: (data: T) => void } = {},
) {
  const [key, setKey] = useState(newSubmissionKey);
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();
  const { onSuccess } = options;

  const run = useCallback(
    (input: FormData | Record<string, unknown>) =>
      new Promise<ActionResult<T> | null>((resolve) => {
        startTransition(async () => {
          let answer: ActionResult<T>;
          try {
            if (input instanceof FormData) input.set("idempotencyKey", key);
            answer = await action(input instanceof FormData ? input : { ...input, idempotencyKey: key });
          } catch {
            // The answer was lost (network); keep the key so a retry returns the first result.
            answer = { ok: false, code: "internal", error: "The console could not be reached. Check your connection and try again." };
            setResult(answer);
            resolve(answer);
            return;
          }
          setResult(answer);
          setKey(newSubmissionKey());
          if (answer.ok) onSuccess?.(answer.data);
          resolve(answer);
        });
      }),
    [action, key, onSuccess],
  );

  const fieldError = (name: string) => (result && !result.ok ? result.fieldErrors?.[name]?.[0] : undefined);
  return { run, pending, result, fieldError, reset: () => setResult(null) };
}
