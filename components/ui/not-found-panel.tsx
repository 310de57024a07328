import { SearchX } from "lucide-react";
import Link from "next/link";

/** A wrong address, a missing item or another team's item: said plainly, with a way back. */
export function NotFoundPanel({ signedIn }: { signedIn: boolean }) {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <SearchX className="mx-auto h-10 w-10 text-slate-400" aria-hidden />
      <h1 className="mt-4 text-xl font-semibold">This page does not exist</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        The address may be mistyped, or the item was removed, or it belongs to a team you are not in.
      </p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <Link href="/" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          {signedIn ? "Back to the overview" : "Go to Hostdeck"}
        </Link>
        {signedIn ? (
          <Link
            href="/connections"
            className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            Provider connections
          </Link>
        ) : null}
      </div>
    </div>
  );
}
