import type { ServerTaskVerb } from "./types";

const labels: Record<ServerTaskVerb, string> = {
  reboot: "Reboot",
  reinstall: "Reinstall",
  "reset-password": "Reset password",
  "web-console": "Web console",
  "flush-firewall": "Flush firewall",
  rename: "Rename",
  "change-ptr": "Change PTR",
  "change-dns": "Change DNS servers",
};

const isVerb = (name: string): name is ServerTaskVerb => Object.hasOwn(labels, name);

/** The one name of a server task wherever it shows: a verb Hostdeck starts, or the provider's name made readable. */
export function taskLabel(name: string): string {
  if (isVerb(name)) return labels[name];
  return name
    .replace(/[_-]+/g, " ")
    .trim()
    .replace(/^./, (c) => c.toUpperCase());
}
