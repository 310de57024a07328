"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { Check, ChevronsUpDown } from "lucide-react";
import { useRouter } from "next/navigation";

import { switchTeam } from "@/app/(console)/actions";
import { roleLabels, type Role } from "@/lib/auth/permissions";
import { useAction } from "@/lib/ui/use-action";

export interface TeamOption {
  id: string;
  name: string;
  role: Role;
}

export function TeamSwitcher({ current, teams }: { current: TeamOption; teams: TeamOption[] }) {
  const router = useRouter();
  const { run, pending } = useAction(switchTeam, { onSuccess: () => router.refresh() });
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className="flex w-full items-center justify-between gap-2 rounded-md border border-slate-200 bg-white px-3 py-2 text-left text-sm dark:border-slate-700 dark:bg-slate-900"
        aria-label={`Team: ${current.name}. Switch team`}
        disabled={pending}
      >
        <span className="min-w-0">
          <span className="block truncate font-medium">{current.name}</span>
          <span className="block text-xs text-slate-500 dark:text-slate-400">{roleLabels[current.role]}</span>
        </span>
        <ChevronsUpDown className="h-4 w-4 shrink-0 text-slate-500" aria-hidden />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="start"
          sideOffset={4}
          className="z-50 min-w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <DropdownMenu.Label className="px-2 py-1.5 text-xs font-semibold text-slate-500">Your teams</DropdownMenu.Label>
          {teams.map((team) => (
            <DropdownMenu.Item
              key={team.id}
              onSelect={() => team.id !== current.id && void run({ teamId: team.id })}
              className="flex cursor-pointer items-center justify-between gap-3 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-slate-100 dark:data-[highlighted]:bg-slate-800"
            >
              <span>
                {team.name} <span className="text-xs text-slate-500">· {roleLabels[team.role]}</span>
              </span>
              {team.id === current.id ? <Check className="h-4 w-4" aria-label="current team" /> : null}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
