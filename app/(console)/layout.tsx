import { redirect } from "next/navigation";
import type { ReactNode } from "react";

import { AppShell } from "@/components/shell/app-shell";
import { SandboxBanner } from "@/components/shell/sandbox-banner";
import { currentTeamContext, currentUser } from "@/lib/auth/session";
import { teamConnections } from "@/lib/connections/open-connection";
import { isSetupComplete } from "@/lib/setup/state";

export const dynamic = "force-dynamic";

/** Everything under (console) needs a signed-in member; each action checks again on its own. */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  if (!(await isSetupComplete())) redirect("/setup");
  const context = await currentTeamContext();
  if (!context) {
    if (await currentUser()) redirect("/no-team");
    redirect("/login");
  }
  // The same per-request read the page's provider calls use: no query of its own.
  const sandboxConnections = (await teamConnections(context.team.id)).filter((connection) => connection.isSandbox).length;
  const current = context.teams.find((team) => team.id === context.team.id)!;
  return (
    <AppShell
      user={{ name: context.user.name, email: context.user.email }}
      team={current}
      teams={context.teams}
      banner={sandboxConnections > 0 ? <SandboxBanner count={sandboxConnections} /> : null}
    >
      {children}
    </AppShell>
  );
}
