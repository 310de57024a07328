import { describe, expect, it } from "vitest";

import { freeIpsQuerySchema, setMainSchema, trafficQuerySchema } from "./action-schemas";
import { bucketTraffic } from "./traffic";

const connectionId = "5b0b3c1e-8f8a-4c1a-9d57-3f2a1b0c9d11";

describe("traffic buckets", () => {
  it("sums bytes into UTC days in GB, with empty days kept", () => {
    const day = 86_400;
    const from = 10 * day + 3600;
    const points = [
      { timestamp: 10 * day + 7200, in: 1e9, out: 2e9 },
      { timestamp: 10 * day + 9000, in: 5e8, out: 0 },
      { timestamp: 12 * day + 10, in: 2.5e9, out: 1e9 },
    ];
    const { bucket, buckets } = bucketTraffic(points, from, from + 3 * day);
    expect(bucket).toBe("day");
    expect(buckets).toEqual([
      { start: 10 * day, inGb: 1.5, outGb: 2 },
      { start: 11 * day, inGb: 0, outGb: 0 },
      { start: 12 * day, inGb: 2.5, outGb: 1 },
      { start: 13 * day, inGb: 0, outGb: 0 },
    ]);
  });

  it("uses hours for two days or less", () => {
    const { bucket, buckets } = bucketTraffic([], 0, 86_400);
    expect(bucket).toBe("hour");
    expect(buckets).toHaveLength(24);
  });
});

describe("set main IP input", () => {
  it("needs the address typed again, exactly", () => {
    expect(setMainSchema.safeParse({ connectionId, serverId: "40123", ip: "192.0.2.11", confirm: "192.0.2.11" }).success).toBe(true);
    const wrong = setMainSchema.safeParse({ connectionId, serverId: "40123", ip: "192.0.2.11", confirm: "192.0.2.12" });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.path).toEqual(["confirm"]);
    expect(setMainSchema.safeParse({ connectionId, serverId: "40123", ip: "2001:db8::1", confirm: "2001:db8::1" }).success).toBe(false);
  });
});

describe("network tool queries", () => {
  it("take a location code in any case, and the special-address switch as 0 or 1", () => {
    expect(freeIpsQuerySchema.parse({ location: " nl ", excludeSpecial: "1" })).toEqual({ location: "NL", excludeSpecial: true });
    expect(freeIpsQuerySchema.parse({ location: "DE" })).toEqual({ location: "DE", excludeSpecial: false });
    expect(freeIpsQuerySchema.safeParse({ location: "N" }).error?.issues[0]?.message).toBe("Enter a location code such as NL");
  });

  it("take a traffic period of 1 to 90 days, 7 by default", () => {
    expect(trafficQuerySchema.parse({ ip: "192.0.2.10" })).toEqual({ ip: "192.0.2.10", days: 7 });
    expect(trafficQuerySchema.safeParse({ ip: "192.0.2.10", days: "91" }).success).toBe(false);
    expect(trafficQuerySchema.safeParse({ ip: "not-an-ip", days: "7" }).error?.issues[0]?.message).toBe("Enter an IP address");
  });
});
