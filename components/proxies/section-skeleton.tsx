import { Card } from "@/components/ui/card";

/** What a connection's section shows while its provider answers. */
export function ProxySectionSkeleton({ label, rows = 3 }: { label: string; rows?: number }) {
  return (
    <Card className="p-4" role="status" aria-label={label}>
      <div className="animate-pulse space-y-3" aria-hidden>
        <div className="h-4 w-40 rounded bg-slate-200 dark:bg-slate-800" />
        {Array.from({ length: rows }, (_, index) => (
          <div key={index} className="h-8 rounded bg-slate-100 dark:bg-slate-800/60" />
        ))}
      </div>
      <span className="sr-only">{label}</span>
    </Card>
  );
}
