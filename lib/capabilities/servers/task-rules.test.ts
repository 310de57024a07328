import { describe, expect, it } from "vitest";

import { taskLabel } from "./task-label";
import { maskSecrets, sortTasks, taskForReader, tasksForReader } from "./task-rules";
import type { ServerTask, TaskState } from "./types";

const task = (over: Partial<ServerTask> = {}): ServerTask => ({
  id: "1",
  name: "reboot",
  label: "Reboot",
  state: "done",
  activated: "2025-05-31T10:25:24+00:00",
  assigned: "2025-05-31T10:26:24+00:00",
  completed: "2025-05-31T10:27:24+00:00",
  results: "VM rebooted successfully",
  links: [],
  ...over,
});

describe("taskLabel", () => {
  it("names every task Hostdeck starts", () => {
    expect(taskLabel("reboot")).toBe("Reboot");
    expect(taskLabel("reset-password")).toBe("Reset password");
    expect(taskLabel("flush-firewall")).toBe("Flush firewall");
    expect(taskLabel("change-dns")).toBe("Change DNS servers");
    expect(taskLabel("change-ptr")).toBe("Change PTR");
  });

  it("names a provider's other tasks readably", () => {
    expect(taskLabel("migrate_node")).toBe("Migrate node");
    expect(taskLabel("constructor")).toBe("Constructor");
  });
});

describe("what a reader sees of a task", () => {
  const reset = task({ name: "reset-password", label: "Reset password", results: "Password: Vq7pKs2mXw4Rt9Ln" });
  const consoleTask = task({
    name: "web-console",
    results: "VNC host: console.example.com\nPort: 5901\nPassword: abcdefgh",
    links: [{ label: "Open console", href: "vnc://console.example.com:5901" }],
  });

  it("shows passwords and links to those who may act", () => {
    expect(taskForReader(reset, { revealSecrets: true }).results).toBe("Password: Vq7pKs2mXw4Rt9Ln");
    expect(taskForReader(consoleTask, { revealSecrets: true }).links).toHaveLength(1);
  });

  it("masks passwords and drops links for viewers", () => {
    const masked = taskForReader(reset, { revealSecrets: false }).results!;
    expect(masked).not.toContain("Vq7pKs2mXw4Rt9Ln");
    expect(masked).toMatch(/^Password: •+/);
    expect(taskForReader(consoleTask, { revealSecrets: false })).toMatchObject({
      links: [],
      results: expect.stringContaining("VNC host: console.example.com"),
    });
  });

  it("masks every password line of a multi-line result and leaves the rest", () => {
    const masked = maskSecrets("Server reinstalled with Ubuntu.\nUsername: root\nPassword: abcDEF123\nRoot password: xyz");
    expect(masked).toContain("Username: root");
    expect(masked).not.toContain("abcDEF123");
    expect(masked).not.toContain("xyz");
  });

  it("masks the active task and every finished one of a server read", () => {
    const server = { serverId: "1", activeTask: reset, lastTasks: [reset, consoleTask] };
    const seen = tasksForReader(server, { revealSecrets: false });
    expect(JSON.stringify(seen)).not.toContain("Vq7pKs2mXw4Rt9Ln");
    expect(JSON.stringify(seen)).not.toContain("abcdefgh");
    expect(seen.serverId).toBe("1");
    expect(tasksForReader({ activeTask: null }, { revealSecrets: false })).toEqual({ activeTask: null });
  });
});

describe("sortTasks", () => {
  it("puts running tasks first, then the newest", () => {
    const row = (id: string, state: TaskState, activated: string) => ({ task: task({ id, state, activated }) });
    const sorted = sortTasks([
      row("a", "done", "2025-03-01"),
      row("b", "running", "2025-01-01"),
      row("c", "failed", "2025-04-01"),
      row("d", "queued", "2025-02-01"),
    ]);
    expect(sorted.map((r) => r.task.id)).toEqual(["d", "b", "c", "a"]);
  });
});
