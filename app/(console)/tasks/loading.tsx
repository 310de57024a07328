import { Card, PageHeader } from "@/components/ui/card";

/** Also the prefetch boundary: the task list costs a provider call per server, made only when opened. */
export default function Loading() {
  return (
    <>
      <PageHeader title="Tasks" description="Running and recent server tasks across all servers and connections. Running tasks refresh on their own." />
      <Card className="space-y-3 p-4" role="status" aria-label="Loading tasks">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-10 animate-pulse rounded bg-slate-100 motion-reduce:animate-none dark:bg-slate-800/60" />
        ))}
      </Card>
    </>
  );
}
