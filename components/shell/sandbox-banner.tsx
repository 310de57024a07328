import { FlaskConical } from "lucide-react";
import Link from "next/link";

/** Says plainly which data is simulated, so nobody mistakes the demo for their real accounts. */
export function SandboxBanner({ count }: { count: number }) {
  return (
    <div className="flex items-center gap-2 border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:border-amber-900/60 dark:bg-amber-950/40 dark:text-amber-200">
      <FlaskConical className="h-4 w-4 shrink-0" aria-hidden />
      <p>
        {count === 1 ? "One connection points" : `${count} connections point`} at the built-in provider sandbox: their data is simulated.{" "}
        <Link href="/connections" className="font-medium underline">
          Manage connections
        </Link>
      </p>
    </div>
  );
}
