import type { Metadata } from "next";

import { AreaNotBuilt } from "@/components/area-not-built";

export const metadata: Metadata = { title: "Servers" };

export default function Page() {
  return <AreaNotBuilt title="Servers" capability="servers" summary="Power actions, reinstall, rename, PTR, firewall, DNS servers and usage of your VPS and dedicated servers." />;
}
