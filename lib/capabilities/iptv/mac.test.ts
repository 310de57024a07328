import { describe, expect, it } from "vitest";

import { normalizeMac } from "./mac";
import { createMagSchema } from "./schemas";

describe("normalizeMac", () => {
  it.each([
    ["00:1a:79:ab:cd:ef", "00:1A:79:AB:CD:EF"],
    ["00-1A-79-AB-CD-EF", "00:1A:79:AB:CD:EF"],
    [" 001a79abcdef ", "00:1A:79:AB:CD:EF"],
    ["001a.79ab.cdef", "00:1A:79:AB:CD:EF"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeMac(input)).toBe(expected);
  });

  it.each(["", "00:1A:79:AB:CD", "00:1A:79:AB:CD:EF:00", "00:1A:79:AB:CD:EG", "not a mac"])("refuses %j", (input) => {
    expect(normalizeMac(input)).toBeNull();
  });

  it("the create form reports a bad MAC as the panel's words on mac_address", () => {
    const result = createMagSchema.safeParse({ connectionId: "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d", mac_address: "00:1A:79:ZZ:00:00" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["mac_address"], message: "Invalid MAC Address" });
    const ok = createMagSchema.parse({ connectionId: "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d", mac_address: "00-1a-79-00-00-01" });
    expect(ok.mac_address).toBe("00:1A:79:00:00:01");
  });
});
