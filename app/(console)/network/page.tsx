import type { Metadata } from "next";

import { AreaNotBuilt } from "@/components/area-not-built";

export const metadata: Metadata = { title: "Network" };

export default function Page() {
  return <AreaNotBuilt title="Network" capability="network" summary="IP information, traffic, free IPs and main IP." />;
}
