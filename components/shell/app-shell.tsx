"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { Menu, X } from "lucide-react";
import Link from "next/link";
import { useState, type ReactNode } from "react";

import { BottomBar } from "./bottom-bar";
import { SidebarNav } from "./sidebar-nav";
import { TeamSwitcher, type TeamOption } from "./team-switcher";
import { UserMenu } from "./user-menu";

interface AppShellProps {
  user: { name: string; email: string };
  team: TeamOption;
  teams: TeamOption[];
  banner?: ReactNode;
  children: ReactNode;
}

function Brand() {
  return (
    <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
      <span className="flex h-8 w-8 items-center justify-center rounded-md bg-brand-600 text-sm font-bold text-white">H</span>
      Hostdeck
    </Link>
  );
}

/** Sidebar on desktop; on phones a top bar, a drawer with everything, and a bottom bar with the main areas. */
export function AppShell({ user, team, teams, banner, children }: AppShellProps) {
  const [drawerOpen, setDrawerOpen] = useState(false);
  return (
    <div className="min-h-screen lg:grid lg:grid-cols-[16rem_1fr]">
      <aside className="sticky top-0 hidden h-screen flex-col gap-6 overflow-y-auto border-r border-slate-200 bg-white px-4 py-5 dark:border-slate-800 dark:bg-slate-900 lg:flex">
        <Brand />
        <TeamSwitcher current={team} teams={teams} />
        <SidebarNav />
      </aside>

      <Dialog.Root open={drawerOpen} onOpenChange={setDrawerOpen}>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-950/50 lg:hidden" />
          <Dialog.Content
            aria-describedby={undefined}
            className="fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col gap-6 overflow-y-auto bg-white px-4 py-5 shadow-xl dark:bg-slate-900 lg:hidden"
          >
            <div className="flex items-center justify-between">
              <Dialog.Title asChild>
                <div>
                  <Brand />
                </div>
              </Dialog.Title>
              <Dialog.Close aria-label="Close menu" className="rounded p-2 hover:bg-slate-100 dark:hover:bg-slate-800">
                <X className="h-5 w-5" aria-hidden />
              </Dialog.Close>
            </div>
            <TeamSwitcher current={team} teams={teams} />
            <SidebarNav onNavigate={() => setDrawerOpen(false)} />
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>

      <div className="flex min-w-0 flex-col">
        <header className="sticky top-0 z-20 flex h-14 items-center justify-between gap-3 border-b border-slate-200 bg-white/90 px-4 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
          <div className="flex items-center gap-2 lg:hidden">
            <button type="button" aria-label="Open menu" onClick={() => setDrawerOpen(true)} className="rounded p-2 hover:bg-slate-100 dark:hover:bg-slate-800">
              <Menu className="h-5 w-5" aria-hidden />
            </button>
            <Brand />
          </div>
          <p className="hidden truncate text-sm text-slate-500 dark:text-slate-400 lg:block">{team.name}</p>
          <UserMenu name={user.name} email={user.email} />
        </header>
        {banner}
        <main className="mx-auto w-full max-w-6xl flex-1 px-4 pb-24 pt-6 lg:px-8 lg:pb-10">{children}</main>
      </div>
      <BottomBar onMore={() => setDrawerOpen(true)} />
    </div>
  );
}
