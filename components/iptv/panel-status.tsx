import { LoaderCircle } from "lucide-react";
import type { ReactNode } from "react";

import { ConnectionErrorRow } from "@/components/ui/connection-error";
import type { ConnectionReadState } from "@/lib/ui/use-connection-reads";

import { ListSkeleton } from "./list-skeleton";

/** Which panels failed (and why) and which are still answering, above a list whose other panels' rows are shown. */
export function PanelStatus({ states }: { states: readonly ConnectionReadState<unknown>[] }) {
  const waiting = states.filter((state) => state.status === "loading");
  const failed = states.flatMap((state) => (state.status === "error" ? [state] : []));
  if (waiting.length === 0 && failed.length === 0) return null;
  return (
    <div className="mb-4 space-y-2">
      {failed.map((state) => (
        <ConnectionErrorRow key={state.connection.id} label={state.connection.label} kindLabel={state.connection.kindLabel} message={state.message} />
      ))}
      {waiting.length > 0 ? (
        <p role="status" data-testid="panels-waiting" className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
          <LoaderCircle className="h-4 w-4 animate-spin" aria-hidden /> Waiting for {waiting.map((state) => state.connection.label).join(", ")}…
        </p>
      ) : null}
    </div>
  );
}

/** The rows of every panel that answered, in the panels' order. */
export function answeredRows<T, R>(states: readonly ConnectionReadState<T>[], rows: (data: T) => R[]): R[] {
  return states.flatMap((state) => (state.status === "ok" ? rows(state.data) : []));
}

/** What a list shows while it has no rows: a skeleton while panels answer, `empty` once one did, nothing if all failed. */
export function NoRowsYet({ states, label, empty }: { states: readonly ConnectionReadState<unknown>[]; label: string; empty: ReactNode }) {
  if (states.some((state) => state.status === "loading")) return <ListSkeleton label={label} rows={3} />;
  return states.some((state) => state.status === "ok") ? empty : null;
}
