import type { Metadata } from "next";

import { AreaNotBuilt } from "@/components/area-not-built";

export const metadata: Metadata = { title: "Billing" };

export default function Page() {
  return <AreaNotBuilt title="Billing" capability="billing" summary="Invoices, balance and payment methods across all provider accounts." />;
}
