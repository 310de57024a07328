import { describe, expect, it } from "vitest";

import { mapLastTasks, mapTask, maskSecrets, resultLinks, sortTasks, taskLabel, taskState } from "./map-task";

const base = { name: "server_reboot", activated: "2025-05-31T10:25:24+00:00" };

describe("taskState", () => {
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
});

describe("mapTask", () => {
  const reset = { ...base, id: "10001", name: "server_reset_password", assigned: "a", completed: "2025-05-31T10:27:24+00:00", results: "Password: Vq7pKs2mXw4Rt9Ln" };

  it("labels the task and keeps empty steps as null", () => {
    const task = mapTask({ ...base, id: "7", assigned: "", completed: "", results: "" }, { revealSecrets: true });
    expect(task).toMatchObject({ id: "7", label: "Reboot", state: "queued", assigned: null, completed: null, results: null });
  });

  it("shows passwords to those who may act and masks them for viewers", () => {
    expect(mapTask(reset, { revealSecrets: true }).results).toBe("Password: Vq7pKs2mXw4Rt9Ln");
    const masked = mapTask(reset, { revealSecrets: false }).results!;
    expect(masked).not.toContain("Vq7pKs2mXw4Rt9Ln");
    expect(masked).toMatch(/^Password: •+/);
  });

  it("masks every password line of a multi-line result and leaves the rest", () => {
    const text = "Server reinstalled with Ubuntu.\nUsername: root\nPassword: abcDEF123\nRoot password: xyz";
    const masked = maskSecrets(text);
    expect(masked).toContain("Username: root");
    expect(masked).not.toContain("abcDEF123");
    expect(masked).not.toContain("xyz");
  });

  it("offers the web console's address as a link, only to those who may act", () => {
    const results = "VNC host: console.time4vps.com\nPort: 5901\nPassword: abcdefgh\nValid until: 2025-06-01T10:00:00.000Z";
    expect(resultLinks(results)).toEqual([{ label: "Open console (vnc://console.time4vps.com:5901)", href: "vnc://console.time4vps.com:5901" }]);
    expect(resultLinks("See https://console.example.com/vnc?t=abc for access")).toEqual([{ label: "Open link", href: "https://console.example.com/vnc?t=abc" }]);
    const task = { ...base, name: "server_web_console", assigned: "a", completed: "b", results };
    expect(mapTask(task, { revealSecrets: false }).links).toEqual([]);
    expect(mapTask(task, { revealSecrets: true }).links).toHaveLength(1);
  });

  it("names unknown tasks readably", () => {
    expect(taskLabel("server_change_dns")).toBe("Change DNS servers");
    expect(taskLabel("server_migrate_node")).toBe("Migrate node");
  });
});

describe("mapLastTasks and sortTasks", () => {
  it("reads last_tasks as a list or an object keyed by name, newest first", () => {
    const older = { ...base, id: "1", activated: "2025-01-01T00:00:00+00:00", assigned: "a", completed: "b", results: "ok" };
    const newer = { ...base, id: "2", name: "server_rename", activated: "2025-02-01T00:00:00+00:00", assigned: "a", completed: "b", results: "ok" };
    expect(mapLastTasks([older, newer], { revealSecrets: true }).map((t) => t.id)).toEqual(["2", "1"]);
    expect(mapLastTasks({ server_reboot: older, server_rename: newer }, { revealSecrets: true }).map((t) => t.id)).toEqual(["2", "1"]);
    expect(mapLastTasks(null, { revealSecrets: true })).toEqual([]);
  });

  it("puts running tasks first, then the newest", () => {
    const task = (id: string, state: "queued" | "running" | "done", activated: string) => ({ task: { ...mapTask({ ...base, id, assigned: "", completed: "", results: "" }, { revealSecrets: true }), state, activated } });
    const sorted = sortTasks([task("a", "done", "2025-03-01"), task("b", "running", "2025-01-01"), task("c", "done", "2025-04-01"), task("d", "queued", "2025-02-01")]);
    expect(sorted.map((row) => row.task.id)).toEqual(["d", "b", "c", "a"]);
  });
});
