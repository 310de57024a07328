import type { Metadata } from "next";

import { AreaNotBuilt } from "@/components/area-not-built";

export const metadata: Metadata = { title: "Services" };

export default function Page() {
  return <AreaNotBuilt title="Services" capability="services" summary="Every service of every provider account: status, billing cycle, next due date, upgrades and cancellations." />;
}
