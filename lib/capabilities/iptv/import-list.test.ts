import { describe, expect, it } from "vitest";

import { readImportList } from "./import-list";

describe("reading a pasted list or a CSV file to import", () => {
  it("one per line, or separated by commas, with blank lines skipped and the line of each value kept", () => {
    expect(readImportList("john.smith\n\n  hotel-lobby , trial-4471\r\nmaria.k\n")).toEqual([
      { line: 1, value: "john.smith" },
      { line: 3, value: "hotel-lobby" },
      { line: 3, value: "trial-4471" },
      { line: 4, value: "maria.k" },
    ]);
  });

  it("a CSV export with a header takes only the username column, quotes and all", () => {
    const csv = '\uFEFFid,Username,password,notes\n1,john.smith,Xk29fjq7Lm,"Family, monthly"\n2,"hotel-lobby",Hq7Ld0pW2s,\n';
    expect(readImportList(csv)).toEqual([
      { line: 2, value: "john.smith" },
      { line: 3, value: "hotel-lobby" },
    ]);
  });

  it("a MAC column by any of its usual names, semicolon-separated as some spreadsheets save", () => {
    expect(readImportList("device;MAC address\nliving room;00:1A:79:00:12:34\nhall;00-1a-79-ab-cd-ef")).toEqual([
      { line: 2, value: "00:1A:79:00:12:34" },
      { line: 3, value: "00-1a-79-ab-cd-ef" },
    ]);
  });

  it("an empty text gives nothing", () => {
    expect(readImportList(" \n\n")).toEqual([]);
  });
});
