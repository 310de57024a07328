import type { Metadata } from "next";

import { AreaNotBuilt } from "@/components/area-not-built";

export const metadata: Metadata = { title: "DNS" };

export default function Page() {
  return <AreaNotBuilt title="DNS" capability="dns" summary="DNS zones and records across providers, with zone-file import and export, and reverse DNS." />;
}
