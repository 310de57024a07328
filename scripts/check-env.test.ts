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
    expect(checkEnv({ HOSTDECK_JOBS: "off", DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/hostdeck" }).problems).toEqual([]);
  });

  it("reads PostgreSQL from DATABASE_URL", () => {
    vi.stubEnv("HOSTDECK_ALLOWED_HOSTS", "");
    expect(checkEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/hostdeck" }).config).toMatchObject({ kind: "postgres" });
  });
});
