import { Card } from "@/components/ui/card";

/** Also the prefetch boundary: a server's page costs several provider calls, made only when opened. */
export default function Loading() {
  return (
    <div className="space-y-6" role="status" aria-label="Loading server">
      <div className="h-8 w-64 max-w-full animate-pulse rounded bg-slate-200 motion-reduce:animate-none dark:bg-slate-800" />
      {[0, 1, 2].map((i) => (
        <Card key={i} className="h-32 animate-pulse p-4 motion-reduce:animate-none" />
      ))}
    </div>
  );
}
