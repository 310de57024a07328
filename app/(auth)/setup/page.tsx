import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { sandboxBaseUrls } from "@/lib/setup/sandbox";
import { isSetupComplete } from "@/lib/setup/state";

import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "Set up Hostdeck" };

/** First run only: once the owner exists this page is gone for everyone. */
export default async function SetupPage() {
  if (await isSetupComplete()) notFound();
  return <SetupForm sandboxAvailable={sandboxBaseUrls() !== null} />;
}
