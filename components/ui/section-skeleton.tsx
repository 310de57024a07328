import { Card } from "@/components/ui/card";

/** A neutral placeholder while one section's providers answer. */
export function SectionSkeleton({ rows = 4, label }: { rows?: number; label: string }) {
  return (
    <Card className="p-4" aria-busy="true">
      <p className="sr-only">{label}</p>
      <div className="animate-pulse space-y-3" aria-hidden>
        <div className="h-4 w-40 rounded bg-slate-200 dark:bg-slate-800" />
        {Array.from({ length: rows }, (_, index) => (
          <div key={index} className="h-8 rounded bg-slate-100 dark:bg-slate-800/60" />
        ))}
      </div>
    </Card>
  );
}
