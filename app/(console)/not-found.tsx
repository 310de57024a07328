import type { Metadata } from "next";

import { NotFoundPanel } from "@/components/ui/not-found-panel";

export const metadata: Metadata = { title: "Not found" };

/** A missing server, invoice, ticket, lease…: inside the shell, so the navigation stays. */
export default function ConsoleNotFound() {
  return <NotFoundPanel signedIn />;
}
