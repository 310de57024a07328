import { AlertTriangle } from "lucide-react";

/** One connection failed while the others rendered: say which, and what the provider said. */
export function ConnectionErrorRow({ label, message, kindLabel }: { label: string; message: string; kindLabel?: string }) {
  return (
    <div
      role="alert"
      data-testid="connection-error"
      className="flex items-start gap-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/40 dark:text-amber-200"
    >
      <AlertTriangle className="mt-0.5 h-4 w-4 shrink-0" aria-hidden />
      <p>
        <strong>{label}</strong>
        {kindLabel ? <span className="text-amber-700 dark:text-amber-300"> ({kindLabel})</span> : null}: {message}
      </p>
    </div>
  );
}
