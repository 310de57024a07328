import type { ReactNode } from "react";

import { Card } from "@/components/ui/card";
import { ErrorNote } from "@/components/ui/states";
import { ActionError } from "@/lib/actions/result";
import { isProviderError } from "@/lib/providers/core/errors";

export function Section({ title, description, actions, children, id }: { title: string; description?: ReactNode; actions?: ReactNode; children: ReactNode; id?: string }) {
  return (
    <Card className="p-4 sm:p-5" aria-labelledby={id ? `${id}-title` : undefined}>
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={id ? `${id}-title` : undefined} className="text-base font-semibold">
            {title}
          </h2>
          {description ? <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">{description}</p> : null}
        </div>
        {actions}
      </div>
      {children}
    </Card>
  );
}

export function SectionSkeleton({ title }: { title: string }) {
  return (
    <Section title={title}>
      <div className="space-y-2" aria-busy="true" aria-label={`Loading ${title}`}>
        <div className="h-4 w-2/3 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        <div className="h-4 w-1/2 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        <div className="h-4 w-3/4 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      </div>
    </Section>
  );
}

/** A failed section read, in the user's words; unknown errors are logged and not shown. */
export function sectionErrorMessage(error: unknown): string {
  if (isProviderError(error)) return error.userMessage;
  if (error instanceof ActionError) return error.message;
  console.error("[services] section read failed", error instanceof Error ? `${error.name}: ${error.message}` : "unknown error");
  return "Something went wrong; the details are in the server log.";
}

export function SectionError({ title, error }: { title: string; error: unknown }) {
  return (
    <Section title={title}>
      <ErrorNote>{sectionErrorMessage(error)}</ErrorNote>
    </Section>
  );
}
