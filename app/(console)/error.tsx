"use client";

import { AlertTriangle } from "lucide-react";
import Link from "next/link";

/** An unexpected failure while rendering a console page; the server log has the details (never shown here). */
export default function ConsoleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-md py-16 text-center" role="alert">
      <AlertTriangle className="mx-auto h-10 w-10 text-amber-500" aria-hidden />
      <h1 className="mt-4 text-xl font-semibold">This page could not be shown</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        Something went wrong on our side. Nothing was changed by opening this page.
        {error.digest ? ` Reference: ${error.digest}.` : ""}
      </p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={reset} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          Try again
        </button>
        <Link
          href="/"
          className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          Back to the overview
        </Link>
      </div>
    </div>
  );
}
