import type { Metadata } from "next";

import { AreaNotBuilt } from "@/components/area-not-built";

export const metadata: Metadata = { title: "Tasks" };

export default function Page() {
  return <AreaNotBuilt title="Tasks" capability="servers" summary="Every running and recent server task across all servers and connections." />;
}
