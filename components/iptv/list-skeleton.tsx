/** What a list looks like while its connections answer. */
export function ListSkeleton({ rows = 5, label }: { rows?: number; label: string }) {
  return (
    <div role="status" aria-label={label} className="space-y-2">
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="h-12 animate-pulse rounded-md bg-slate-100 dark:bg-slate-800" />
      ))}
      <span className="sr-only">{label}</span>
    </div>
  );
}
