import Link from "next/link";

import { EmptyState } from "@/components/ui/states";

export function NoIptvConnections() {
  return (
    <EmptyState title="No IPTV panel connected">
      Add an Xtream-UI panel on the{" "}
      <Link href="/connections" className="font-medium text-brand-600 underline">
        connections page
      </Link>{" "}
      to manage its lines, devices, resellers and streams here.
    </EmptyState>
  );
}
