import type { Metadata } from "next";

import { AreaNotBuilt } from "@/components/area-not-built";

export const metadata: Metadata = { title: "Tickets" };

export default function Page() {
  return <AreaNotBuilt title="Tickets" capability="tickets" summary="Support tickets of every provider account: threads, replies, open and close." />;
}
