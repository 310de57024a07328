import { spawn } from "node:child_process";

import { afterAll, describe, expect, it } from "vitest";

import { createThrowawayPostgres } from "../lib/db/testing";

function runWorker(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--conditions", "react-server", "--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

describe("npm run worker", () => {
  it("refuses the embedded database, where the console runs the jobs itself", async () => {
    const worker = runWorker({ DATABASE_URL: "pglite:./data/never-opened" });
    expect(await worker.exited).toBe(2);
    expect(worker.output()).toMatch(/npm run worker needs PostgreSQL/);
  });

  describe.runIf(process.env.TEST_DATABASE_URL)("on PostgreSQL", () => {
    let drop = async () => {};
    afterAll(() => drop());

    it("takes jobs until SIGTERM, then stops cleanly", async () => {
      const database = await createThrowawayPostgres();
      drop = database.drop;
      const worker = runWorker({ DATABASE_URL: database.url, HOSTDECK_SECRET_KEY: "0".repeat(64) });
      const deadline = Date.now() + 60_000;
      while (!worker.output().includes("taking jobs") && Date.now() < deadline && worker.child.exitCode === null) await new Promise((r) => setTimeout(r, 100));
      expect(worker.output()).toContain("Hostdeck worker: taking jobs");
      worker.child.kill("SIGTERM");
      expect(await worker.exited).toBe(0);
      expect(worker.output()).toContain("Hostdeck stopped");
    }, 90_000);
  });
});
