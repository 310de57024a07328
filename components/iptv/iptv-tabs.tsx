"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { cn } from "@/lib/ui/cn";

const tabs = [
  { href: "/iptv/lines", label: "Lines" },
  { href: "/iptv/mag", label: "MAG devices" },
  { href: "/iptv/resellers", label: "Resellers" },
  { href: "/iptv/streams", label: "Streams" },
  { href: "/iptv/servers", label: "Servers" },
  { href: "/iptv/admins", label: "Admins" },
] as const;

/** The IPTV sub-pages; scrolls sideways on a phone rather than wrapping. */
export function IptvTabs() {
  const pathname = usePathname();
  return (
    <nav aria-label="IPTV sections" className="-mx-4 mb-6 overflow-x-auto border-b border-slate-200 px-4 dark:border-slate-800 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1">
        {tabs.map((tab) => {
          const active = pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-block border-b-2 px-3 py-2 text-sm font-medium",
                  active
                    ? "border-brand-600 text-brand-700 dark:border-brand-100 dark:text-brand-100"
                    : "border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
