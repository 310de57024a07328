import { describe, expect, it } from "vitest";

import {
  absoluteGraphUrl,
  gaugesOf,
  graphsOf,
  hasTaskInProgress,
  mapLastTasks,
  mapTask,
  resultLinks,
  taskState,
  time4vpsTaskName,
  usageHistoryOf,
} from "./time4vps-server-mapping";

const base = { name: "server_reboot", activated: "2025-05-31T10:25:24+00:00" };

describe("Time4VPS task state", () => {
  it("maps Time4VPS's empty-string steps to queued, running and done", () => {
    expect(taskState({ assigned: "", completed: "", results: "" })).toBe("queued");
    expect(taskState({ assigned: null, completed: null, results: null })).toBe("queued");
    expect(taskState({ assigned: "2025-05-31T10:26:24+00:00", completed: "", results: "" })).toBe("running");
    expect(taskState({ assigned: "2025-05-31T10:26:24+00:00", completed: "2025-05-31T10:27:24+00:00", results: "VM rebooted successfully" })).toBe("done");
  });

  it("reads a completed task whose result reports an error as failed", () => {
    expect(taskState({ assigned: "x", completed: "2025-05-31T10:27:24+00:00", results: "Reinstall failed: no space left" })).toBe("failed");
    expect(taskState({ assigned: "x", completed: "2025-05-31T10:27:24+00:00", results: "Error: hypervisor unreachable" })).toBe("failed");
    expect(taskState({ assigned: "x", completed: "2025-05-31T10:27:24+00:00", results: "Firewall rules were flushed to defaults" })).toBe("done");
  });

  it("counts a server as busy until its active task has completed", () => {
    expect(hasTaskInProgress({ active_task: { ...base, assigned: "", completed: "" } })).toBe(true);
    expect(hasTaskInProgress({ active_task: { ...base, assigned: "x", completed: "2025-05-31T10:27:24+00:00" } })).toBe(false);
    expect(hasTaskInProgress({ active_task: null })).toBe(false);
  });
});

describe("Time4VPS tasks as the console names them", () => {
  it("turns the provider's task names into the console's verbs and labels", () => {
    expect(time4vpsTaskName("server_flush_iptables")).toBe("flush-firewall");
    expect(time4vpsTaskName("server_recreate")).toBe("reinstall");
    expect(mapTask({ ...base, name: "server_change_dns", assigned: "", completed: "" })).toMatchObject({ name: "change-dns", label: "Change DNS servers" });
    expect(mapTask({ ...base, name: "server_migrate_node" })).toMatchObject({ name: "migrate_node", label: "Migrate node" });
  });

  it("keeps empty steps as null and the result unmasked (the domain masks per reader)", () => {
    expect(mapTask({ ...base, id: "7", assigned: "", completed: "", results: "" })).toMatchObject({
      id: "7",
      label: "Reboot",
      state: "queued",
      assigned: null,
      completed: null,
      results: null,
    });
    expect(mapTask({ ...base, name: "server_reset_password", assigned: "a", completed: "b", results: "Password: Vq7pKs2mXw4Rt9Ln" }).results).toBe(
      "Password: Vq7pKs2mXw4Rt9Ln",
    );
  });

  it("offers the web console's address and any URL of a result as links", () => {
    const results = "VNC host: console.time4vps.com\nPort: 5901\nPassword: abcdefgh\nValid until: 2025-06-01T10:00:00.000Z";
    expect(resultLinks(results)).toEqual([{ label: "Open console (vnc://console.time4vps.com:5901)", href: "vnc://console.time4vps.com:5901" }]);
    expect(resultLinks("See https://console.example.com/vnc?t=abc for access")).toEqual([
      { label: "Open link", href: "https://console.example.com/vnc?t=abc" },
    ]);
    expect(resultLinks(null)).toEqual([]);
  });

  it("reads last_tasks as a list or an object keyed by name, newest first", () => {
    const older = { ...base, id: "1", activated: "2025-01-01T00:00:00+00:00", assigned: "a", completed: "b", results: "ok" };
    const newer = { ...base, id: "2", name: "server_rename", activated: "2025-02-01T00:00:00+00:00", assigned: "a", completed: "b", results: "ok" };
    expect(mapLastTasks([older, newer]).map((t) => t.id)).toEqual(["2", "1"]);
    expect(mapLastTasks({ server_reboot: older, server_rename: newer }).map((t) => t.id)).toEqual(["2", "1"]);
    expect(mapLastTasks(null)).toEqual([]);
  });
});

describe("Time4VPS resources and usage", () => {
  it("counts bandwidth both ways against the limit", () => {
    const [ram, disk, bandwidth] = gaugesOf({ ram_used: 56, ram_limit: 462, disk_usage: 859, disk_limit: 12107, bw_in: 372, bw_out: 336, bw_limit: 4938 });
    expect(ram).toMatchObject({ key: "ram", used: 56, limit: 462 });
    expect(disk).toMatchObject({ key: "disk", used: 859 });
    expect(bandwidth).toMatchObject({ key: "bandwidth", used: 708, limit: 4938, percent: 14.3 });
  });

  it("sorts months chronologically and keeps missing quota figures as null", () => {
    const months = usageHistoryOf([
      { year: 2025, month: 2, bw_in: 2, bw_out: 1 },
      { year: 2024, month: 12, bw_in: 5, bw_out: 3, quota_usage: 10, quota_limit: 20, inode_usage: 1, inode_limit: 9 },
    ]);
    expect(months.map((m) => m.period)).toEqual(["2024-12", "2025-02"]);
    expect(months[0]).toMatchObject({ quotaUsage: 10, quotaLimit: 20, inodeUsage: 1, inodeLimit: 9 });
    expect(months[1]).toMatchObject({ quotaUsage: null, inodeLimit: null });
  });

  it("makes protocol-relative graph links absolute (http only for a loopback sandbox) and drops other schemes", () => {
    expect(absoluteGraphUrl("//graphs.time4vps.com/graph.php?id=1")).toBe("https://graphs.time4vps.com/graph.php?id=1");
    expect(absoluteGraphUrl("//127.0.0.1:4103/graph.php?id=1")).toBe("http://127.0.0.1:4103/graph.php?id=1");
    expect(absoluteGraphUrl("javascript:alert(1)")).toBeNull();
    expect(
      graphsOf([
        { type: "cpu_daily", url: "//graphs.time4vps.com/a.png" },
        { type: "memory_weekly", url: "ftp://x/y" },
      ]),
    ).toEqual([{ type: "cpu_daily", resource: "cpu", period: "daily", url: "https://graphs.time4vps.com/a.png" }]);
  });
});
