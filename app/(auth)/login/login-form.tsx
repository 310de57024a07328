"use client";

import { useRouter } from "next/navigation";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { ErrorNote } from "@/components/ui/states";
import { useAction } from "@/lib/ui/use-action";

import { signInAction } from "../actions";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const router = useRouter();
  const { run, pending, result, fieldError } = useAction(signInAction, {
    onSuccess: ({ redirectTo }) => {
      router.replace(redirectTo);
      router.refresh();
    },
  });
  return (
    <Card className="p-6">
      <h1 className="text-xl font-semibold">Sign in</h1>
      <form
        className="mt-6 space-y-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void run(new FormData(event.currentTarget));
        }}
      >
        <input type="hidden" name="callbackUrl" value={callbackUrl ?? "/"} />
        <TextField label="Email" name="email" type="email" autoComplete="username" required error={fieldError("email")} />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required error={fieldError("password")} />
        <div aria-live="polite">{result && !result.ok && !result.fieldErrors ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
        <Button type="submit" pending={pending} className="w-full">
          Sign in
        </Button>
      </form>
    </Card>
  );
}
