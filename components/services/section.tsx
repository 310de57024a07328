import type { ReactNode } from "react";

import { Card } from "@/components/ui/card";
import { ErrorNote } from "@/components/ui/states";
import { toFailureSummary } from "@/lib/errors/app-error";

export function Section({
  title,
  description,
  actions,
  children,
  id,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  id?: string;
}) {
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

export function SectionError({ title, error }: { title: string; error: unknown }) {
  return (
    <Section title={title}>
      <ErrorNote>{toFailureSummary(error, `section ${title}`).message}</ErrorNote>
    </Section>
  );
}
