import type { ReactNode } from "react";

import { IptvTabs } from "@/components/iptv/iptv-tabs";
import { PageHeader } from "@/components/ui/card";

export default function IptvLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <PageHeader title="IPTV" description="Lines, MAG devices, resellers and credits, streams, panel servers and administrators." />
      <IptvTabs />
      {children}
    </>
  );
}
