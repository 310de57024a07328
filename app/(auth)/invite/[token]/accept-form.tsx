"use client";

import { useRouter } from "next/navigation";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { ErrorNote } from "@/components/ui/states";
import { useAction } from "@/lib/ui/use-action";

import { acceptInvitationAction } from "../../actions";

export function AcceptInvitationForm({ token, hasAccount, email }: { token: string; hasAccount: boolean; email: string }) {
  const router = useRouter();
  const { run, pending, result, fieldError } = useAction(acceptInvitationAction, {
    onSuccess: ({ redirectTo }) => {
      router.replace(redirectTo);
      router.refresh();
    },
  });
  return (
    <form
      className="mt-6 space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void run(new FormData(event.currentTarget));
      }}
    >
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} autoComplete="username" />
      {hasAccount ? null : <TextField label="Your name" name="name" autoComplete="name" required error={fieldError("name")} />}
      <TextField
        label={hasAccount ? "Your password" : "Choose a password"}
        name="password"
        type="password"
        autoComplete={hasAccount ? "current-password" : "new-password"}
        help={hasAccount ? undefined : "At least 10 characters."}
        required
        error={fieldError("password")}
      />
      <div aria-live="polite">{result && !result.ok && !result.fieldErrors ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
      <Button type="submit" pending={pending} className="w-full">
        Join the team
      </Button>
    </form>
  );
}
