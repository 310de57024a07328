import type { Metadata } from "next";

import { AreaNotBuilt } from "@/components/area-not-built";

export const metadata: Metadata = { title: "Proxies" };

export default function Page() {
  return <AreaNotBuilt title="Proxies" capability="proxy-acl" summary="DDoS-protected proxy leases, ports and their ACLs." />;
}
