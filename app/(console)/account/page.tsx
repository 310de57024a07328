import type { Metadata } from "next";

import { Card, PageHeader } from "@/components/ui/card";
import { requireTeamContext } from "@/lib/auth/session";

import { ChangePasswordForm } from "./change-password-form";
import { SignOutEverywhere } from "./sign-out-everywhere";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const context = await requireTeamContext();
  return (
    <>
      <PageHeader title="Your account" description={`${context.user.name} · ${context.user.email}`} />
      <Card className="max-w-lg p-5">
        <h2 className="font-semibold">Change password</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Signs you out everywhere else.</p>
        <ChangePasswordForm />
      </Card>
      <Card className="mt-4 max-w-lg p-5">
        <h2 className="font-semibold">Sessions</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Ends your session on every device, this one included.</p>
        <SignOutEverywhere />
      </Card>
    </>
  );
}
