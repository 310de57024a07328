"use client";

import { useCallback, useState, useTransition } from "react";

import type { ActionResult } from "@/lib/actions/result";

import { newSubmissionKey } from "./submission-key";

/**
 * Calls a server action with a submission key that stays the same until an answer arrives, so a double
 * click or a retry after a lost response cannot repeat the side effect.
 */
export function useAction<T>(action: (input: unknown) => Promise<ActionResult<T>>, options: { onSuccess?: (data: T) => void } = {}) {
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
