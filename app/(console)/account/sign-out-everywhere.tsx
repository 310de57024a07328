"use client";

import { useRouter } from "next/navigation";

import { Button } from "@/components/ui/button";
import { ErrorNote } from "@/components/ui/states";
import { useAction } from "@/lib/ui/use-action";

import { signOutEverywhereAction } from "./actions";

export function SignOutEverywhere() {
  const router = useRouter();
  const { run, pending, result } = useAction(signOutEverywhereAction, {
    onSuccess: ({ redirectTo }) => {
      router.replace(redirectTo);
      router.refresh();
    },
  });
  return (
    <div className="mt-4 space-y-3">
      <div aria-live="polite">{result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
      <Button type="button" variant="secondary" pending={pending} onClick={() => void run({})}>
        Sign out everywhere
      </Button>
    </div>
  );
}
