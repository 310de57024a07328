import type { Metadata } from "next";

import { NotFoundPanel } from "@/components/ui/not-found-panel";

export const metadata: Metadata = { title: "Not found" };

/** Addresses that match no page at all (the console's own misses render inside the shell). */
export default function NotFound() {
  return (
    <main className="px-4">
      <NotFoundPanel signedIn={false} />
    </main>
  );
}
