import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";

import { ServerDetailClient } from "@/components/iptv/server-detail-client";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { can } from "@/lib/auth/permissions";
import { requireTeamContext } from "@/lib/auth/session";
import { getPanelServer } from "@/lib/capabilities/iptv/read-details";
import { loadForPage } from "@/lib/errors/page-outcome";

export const metadata: Metadata = { title: "IPTV server" };

const serverId = z.coerce.number().int().positive();

export default async function ServerPage({ params }: { params: Promise<{ connectionId: string; id: string }> }) {
  const context = await requireTeamContext();
  const { connectionId, id } = await params;
  // Decided before anything is sent, so a wrong id or another team's connection answers 404.
  const loaded = await loadForPage(() => getPanelServer(context.team.id, connectionId, serverId.parse(id)), "iptv server page");
  if (!loaded.ok) {
    return (
      <div className="space-y-4">
        <Link href="/iptv/servers" className="inline-flex items-center gap-1 text-sm text-brand-600 hover:underline dark:text-brand-100">
          <ArrowLeft className="h-4 w-4" aria-hidden /> All servers
        </Link>
        <ConnectionErrorRow label="IPTV panel" message={loaded.message} />
      </div>
    );
  }
  return <ServerDetailClient server={loaded.value} canManage={can(context.role, "connections:manage")} />;
}
