import { afterEach, describe, expect, it, vi } from "vitest";

import { checkEnv } from "./check-env";

afterEach(() => vi.unstubAllEnvs());

describe("checking the environment before start", () => {
  it("accepts the embedded default with nothing set", () => {
    vi.stubEnv("HOSTDECK_ALLOWED_HOSTS", "");
    const { problems, config, port } = checkEnv({});
    expect(problems).toEqual([]);
    expect(port).toBe("3000");
    expect(config).toMatchObject({ kind: "pglite", pgliteDir: expect.stringMatching(/data\/pglite$/) });
  });

  it("names every wrong setting at once", () => {
    vi.stubEnv("HOSTDECK_ALLOWED_HOSTS", "10.0.0.0/8,not a host");
    const { problems } = checkEnv({ PORT: "70000", DATABASE_URL: "mysql://db/x", HOSTDECK_SANDBOX_FAULTS: "{oops", HOSTDECK_SANDBOX: "maybe" });
    expect(problems).toHaveLength(5);
    expect(problems.join("\n")).toMatch(/PORT.*70000/);
    expect(problems.join("\n")).toMatch(/DATABASE_URL/);
    expect(problems.join("\n")).toMatch(/HOSTDECK_ALLOWED_HOSTS.*not a host/);
    expect(problems.join("\n")).toMatch(/HOSTDECK_SANDBOX_FAULTS/);
    expect(problems.join("\n")).toMatch(/HOSTDECK_SANDBOX must/);
  });

  it("refuses HOSTDECK_JOBS=off on the embedded database, where no separate worker can run the jobs", () => {
    vi.stubEnv("HOSTDECK_ALLOWED_HOSTS", "");
    expect(checkEnv({ HOSTDECK_JOBS: "off" }).problems).toEqual([expect.stringMatching(/HOSTDECK_JOBS=off needs PostgreSQL/)]);
    expect(
      checkEnv({
        HOSTDECK_JOBS: "off",
        DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/hostdeck",
        AUTH_SECRET: "a".repeat(43),
        HOSTDECK_SECRET_KEY: "b".repeat(64),
      }).problems,
    ).toEqual([]);
  });

  it("reads PostgreSQL from DATABASE_URL", () => {
    vi.stubEnv("HOSTDECK_ALLOWED_HOSTS", "");
    const { config, problems } = checkEnv({
      DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/hostdeck",
      AUTH_SECRET: "a".repeat(43),
      HOSTDECK_SECRET_KEY: "b".repeat(64),
    });
    expect(config).toMatchObject({ kind: "postgres" });
    expect(problems).toEqual([]);
  });

  it("with PostgreSQL, refuses to start without AUTH_SECRET and HOSTDECK_SECRET_KEY from the environment", () => {
    vi.stubEnv("HOSTDECK_ALLOWED_HOSTS", "");
    const missing = checkEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/hostdeck" }).problems.join("\n");
    expect(missing).toMatch(/AUTH_SECRET must be set/);
    expect(missing).toMatch(/HOSTDECK_SECRET_KEY must be set/);
    expect(checkEnv({ DATABASE_URL: "postgresql://db/x", AUTH_SECRET: "short", HOSTDECK_SECRET_KEY: "b".repeat(64) }).problems).toEqual([
      expect.stringMatching(/AUTH_SECRET must be at least 32/),
    ]);
  });

  it("npm start stops before anything runs when PostgreSQL has no secrets", async () => {
    const { execFile } = await import("node:child_process");
    const outcome = await new Promise<{ code: number | null; output: string }>((resolve) => {
      execFile(
        process.execPath,
        ["--import", "tsx", "scripts/start.ts"],
        {
          env: { ...process.env, DATABASE_URL: "postgresql://postgres@127.0.0.1:1/none", AUTH_SECRET: "", HOSTDECK_SECRET_KEY: "", HOSTDECK_SANDBOX: "off" },
          timeout: 60_000,
        },
        (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
      );
    });
    expect(outcome.code).toBe(2);
    expect(outcome.output).toMatch(/AUTH_SECRET must be set/);
    expect(outcome.output).toMatch(/HOSTDECK_SECRET_KEY must be set/);
  });
});
