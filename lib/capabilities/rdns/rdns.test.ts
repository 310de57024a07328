import { describe, expect, it } from "vitest";

import { parseBulkLines, rdnsBulkSchema } from "./change-schema";

const connectionId = "5b0b3c1e-8f8a-4c1a-9d57-3f2a1b0c9d11";

describe("bulk lines", () => {
  it("reads IP and host name pairs, and reports bad lines with their numbers", () => {
    const { pairs, errors } = parseBulkLines(
      [
        "# comment",
        "203.0.113.12 Mail.Example.com.",
        "",
        "192.0.2.11,web.example.com",
        "bad-ip host.example.com",
        "192.0.2.12 not_a_host",
        "192.0.2.13",
        "203.0.113.12 again.example.com",
      ].join("\n"),
    );
    expect(pairs).toEqual([
      { line: 2, ip: "203.0.113.12", hostname: "mail.example.com" },
      { line: 4, ip: "192.0.2.11", hostname: "web.example.com" },
    ]);
    expect(errors.map((error) => error.line)).toEqual([5, 6, 7, 8]);
    expect(errors[1]!.message).toMatch(/fully qualified host name/);
    expect(errors[3]!.message).toMatch(/twice/);
  });

  it("the action schema applies the same host name rule, and the one connection id rule", () => {
    expect(rdnsBulkSchema.safeParse({ entries: [{ connectionId, ip: "192.0.2.1", hostname: "host.example.com" }] }).success).toBe(true);
    const refused = rdnsBulkSchema.safeParse({ entries: [{ connectionId, ip: "192.0.2.1", hostname: "localhost" }] });
    expect(refused.error?.issues.map((issue) => issue.path.join("."))).toEqual(["entries.0.hostname"]);
    const badConnection = rdnsBulkSchema.safeParse({ entries: [{ connectionId: "conn-1", ip: "192.0.2.1", hostname: "host.example.com" }] });
    expect(badConnection.error?.issues.map((issue) => issue.path.join("."))).toEqual(["entries.0.connectionId"]);
    expect(rdnsBulkSchema.safeParse({ entries: [] }).success).toBe(false);
  });
});
