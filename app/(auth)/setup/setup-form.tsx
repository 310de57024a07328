"use client";

import { useRouter } from "next/navigation";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { ErrorNote } from "@/components/ui/states";
import { useAction } from "@/lib/ui/use-action";

import { setupAction } from "../actions";

export function SetupForm({ sandboxAvailable }: { sandboxAvailable: boolean }) {
  const router = useRouter();
  const { run, pending, result, fieldError } = useAction(setupAction, {
    onSuccess: ({ redirectTo }) => {
      router.replace(redirectTo);
      router.refresh();
    },
  });
  return (
    <Card className="p-6">
      <h1 className="text-xl font-semibold">Welcome to Hostdeck</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Create the owner account and your team. You can invite the rest of the team afterwards.</p>
      <form
        className="mt-6 space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          void run(new FormData(event.currentTarget));
        }}
        noValidate
      >
        <TextField label="Your name" name="name" autoComplete="name" required error={fieldError("name")} />
        <TextField label="Email" name="email" type="email" autoComplete="email" required error={fieldError("email")} />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          help="At least 10 characters."
          error={fieldError("password")}
        />
        <TextField label="Team name" name="teamName" required placeholder="e.g. Acme Hosting" error={fieldError("teamName")} />
        {sandboxAvailable ? (
          <label className="flex items-start gap-3 rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
            <input type="checkbox" name="connectSandbox" defaultChecked className="mt-0.5 h-4 w-4" />
            <span>
              <span className="font-medium">Connect the built-in provider sandbox</span>
              <span className="block text-slate-600 dark:text-slate-400">
                Adds one simulated account of each provider kind so you can try every page right away. Remove them any time.
              </span>
            </span>
          </label>
        ) : null}
        <div aria-live="polite">{result && !result.ok ? <ErrorNote>{result.error}</ErrorNote> : null}</div>
        <Button type="submit" pending={pending} className="w-full">
          Create owner and team
        </Button>
      </form>
    </Card>
  );
}
