import { ArrowRight, type LucideIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";

import { Card } from "@/components/ui/card";

/** One overview card: a title that links to its page, and the body (streamed in its own Suspense boundary). */
export function OverviewCard({
  title,
  href,
  icon: Icon,
  linkLabel,
  children,
  testId,
}: {
  title: string;
  href: string;
  icon: LucideIcon;
  linkLabel: string;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Card className="flex flex-col p-4" data-testid={testId}>
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 className="flex items-center gap-2 text-sm font-semibold text-slate-700 dark:text-slate-200">
          <Icon className="h-4 w-4 text-slate-500" aria-hidden /> {title}
        </h2>
        <Link href={href} className="inline-flex items-center gap-1 text-sm font-medium text-brand-600 hover:underline dark:text-brand-100">
          {linkLabel} <ArrowRight className="h-3.5 w-3.5" aria-hidden />
        </Link>
      </div>
      <div className="flex-1 space-y-3">{children}</div>
    </Card>
  );
}

export function CardSkeleton({ label }: { label: string }) {
  return (
    <div className="animate-pulse space-y-2" aria-busy="true">
      <p className="sr-only">{label}</p>
      <div className="h-7 w-24 rounded bg-slate-200 dark:bg-slate-800" aria-hidden />
      <div className="h-4 rounded bg-slate-100 dark:bg-slate-800/60" aria-hidden />
      <div className="h-4 w-2/3 rounded bg-slate-100 dark:bg-slate-800/60" aria-hidden />
    </div>
  );
}

export function CardEmpty({ children }: { children: ReactNode }) {
  return <p className="text-sm text-slate-500 dark:text-slate-400">{children}</p>;
}
