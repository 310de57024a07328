import type { Metadata } from "next";

import { AreaNotBuilt } from "@/components/area-not-built";

export const metadata: Metadata = { title: "IPTV" };

export default function Page() {
  return <AreaNotBuilt title="IPTV" capability="iptv" summary="Lines, MAG devices, resellers and credits, streams, panel servers and admins." />;
}
