"use client";

import { useRef } from "react";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { ErrorNote, SuccessNote } from "@/components/ui/states";
import { useAction } from "@/lib/ui/use-action";

import { changePasswordAction } from "./actions";

export function ChangePasswordForm() {
  const form = useRef<HTMLFormElement>(null);
  const { run, pending, result, fieldError } = useAction(changePasswordAction, { onSuccess: () => form.current?.reset() });
  return (
    <form
      ref={form}
      className="mt-4 space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void run(new FormData(event.currentTarget));
      }}
    >
      <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" error={fieldError("currentPassword")} />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        help="At least 10 characters."
        error={fieldError("newPassword")}
      />
      <div aria-live="polite">
        {result?.ok ? <SuccessNote>Password changed. Other sessions are signed out.</SuccessNote> : null}
        {result && !result.ok && !result.fieldErrors ? <ErrorNote>{result.error}</ErrorNote> : null}
      </div>
      <Button type="submit" pending={pending}>
        Change password
      </Button>
    </form>
  );
}
