import { readdirSync, readFileSync } from "node:fs";

export interface TreeProcess {
  pid: number;
  command: string;
  rssMb: number;
}

/** Resident memory of a process and all its descendants, from /proc. */
export function treeRss(rootPid: number): { totalMb: number; processes: TreeProcess[] } {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* the process ended */
    }
  }
  const processes: TreeProcess[] = [];
  const visit = (pid: number) => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
      const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).slice(0, 3).join(" ").slice(0, 70);
      processes.push({ pid, command, rssMb: Math.round(rss) });
    } catch {
      return;
    }
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return { totalMb: processes.reduce((sum, p) => sum + p.rssMb, 0), processes };
}
