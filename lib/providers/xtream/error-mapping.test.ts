import { describe, expect, it } from "vitest";

import { panelError } from "./error-mapping";

describe("panel error words → error kinds", () => {
  const cases: [string, string, string | undefined][] = [
    ["Username exists.", "conflict", "username"],
    ["MAC Address already exists", "conflict", "mac_address"],
    ["Invalid MAC Address", "invalid-input", "mac_address"],
    ["Invalid IP address", "invalid-input", undefined],
    ["Wrong Username/Password.", "not-found", "username"],
    ["Access denied: IP not whitelisted.", "auth", undefined],
    ["Invalid API key.", "auth", undefined],
    ["Not enough credits.", "out-of-stock", "credits"],
    ["Missing parameter: group_id", "invalid-input", "group_id"],
    ["Server not found.", "not-found", undefined],
    ["SQLSTATE[42S22]: Column not found: 1054 Unknown column 'foo' in 'field list'", "invalid-input", "foo"],
    ["SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry 'x' for key 'username'", "conflict", "username"],
    [
      "SQLSTATE[HY000]: General error: 1366 Incorrect integer value: 'abc' for column 'max_allowed_connections' at row 1",
      "invalid-input",
      "max_allowed_connections",
    ],
    ["SQLSTATE[HY000] [2006] MySQL server has gone away", "upstream-down", undefined],
    ["Something new the panel says", "invalid-input", undefined],
  ];

  for (const [message, kind, field] of cases) {
    it(`"${message}" → ${kind}${field ? ` on ${field}` : ""}`, () => {
      const error = panelError(message, 200);
      expect(error).toMatchObject({ kind, field, providerMessage: message, status: 200 });
    });
  }
});
