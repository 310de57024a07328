import {
  Boxes,
  Building2,
  Cable,
  CreditCard,
  Globe,
  LayoutDashboard,
  LifeBuoy,
  ListChecks,
  Network,
  ScrollText,
  Server,
  Shield,
  Tv,
  Users,
  type LucideIcon,
} from "lucide-react";

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
  /** Shown in the phone's bottom bar. */
  primary?: boolean;
}

export const navSections: { title?: string; items: NavItem[] }[] = [
  {
    items: [
      { href: "/", label: "Overview", icon: LayoutDashboard, primary: true },
      { href: "/connections", label: "Connections", icon: Cable, primary: true },
    ],
  },
  {
    title: "Manage",
    items: [
      { href: "/services", label: "Services", icon: Boxes, primary: true },
      { href: "/servers", label: "Servers", icon: Server },
      { href: "/tasks", label: "Tasks", icon: ListChecks },
      { href: "/dns", label: "DNS", icon: Globe },
      { href: "/billing", label: "Billing", icon: CreditCard },
      { href: "/tickets", label: "Tickets", icon: LifeBuoy },
      { href: "/accounts", label: "Provider accounts", icon: Building2 },
      { href: "/iptv", label: "IPTV", icon: Tv },
      { href: "/proxies", label: "Proxies", icon: Shield },
      { href: "/network", label: "Network", icon: Network },
    ],
  },
  {
    title: "Team",
    items: [
      { href: "/team", label: "Members", icon: Users },
      { href: "/audit", label: "Audit log", icon: ScrollText },
    ],
  },
];

export const allNavItems = navSections.flatMap((section) => section.items);

export function isActive(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}
