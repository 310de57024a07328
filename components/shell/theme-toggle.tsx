"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useTheme } from "next-themes";
import { useSyncExternalStore } from "react";

import { cn } from "@/lib/ui/cn";

const choices = [
  { value: "system", label: "System", icon: Monitor },
  { value: "light", label: "Light", icon: Sun },
  { value: "dark", label: "Dark", icon: Moon },
] as const;

/** Follows the system by default; the choice is remembered in this browser. */
export function ThemeToggle() {
  const { theme, setTheme } = useTheme();
  // The stored choice is only known in the browser; render it unselected on the server.
  const mounted = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
  return (
    <div role="radiogroup" aria-label="Colour theme" className="flex rounded-md border border-slate-200 p-0.5 dark:border-slate-700">
      {choices.map((choice) => {
        const checked = mounted && theme === choice.value;
        return (
          <button
            key={choice.value}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-label={choice.label}
            title={choice.label}
            onClick={() => setTheme(choice.value)}
            className={cn(
              "flex h-7 flex-1 items-center justify-center rounded px-2",
              checked ? "bg-slate-200 dark:bg-slate-700" : "hover:bg-slate-100 dark:hover:bg-slate-800",
            )}
          >
            <choice.icon className="h-4 w-4" aria-hidden />
          </button>
        );
      })}
    </div>
  );
}
