import type { Metadata } from "next";

import { AreaNotBuilt } from "@/components/area-not-built";

export const metadata: Metadata = { title: "Provider accounts" };

export default function Page() {
  return <AreaNotBuilt title="Provider accounts" capability="billing" summary="Account details, contacts and their privileges, and portal notifications of each provider account." />;
}
