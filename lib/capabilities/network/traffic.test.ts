import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createIpmoduleClient } from "../../providers/ipmodule/client";
import { ipmoduleContext, startIpmoduleSandbox, type RunningIpmoduleSandbox } from "../../providers/ipmodule/test-support/sandbox";
import { setMainSchema } from "./action-schemas";
import { readIpDetails, readTraffic } from "./read-network";
import { bucketTraffic } from "./traffic";

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
    expect(setMainSchema.safeParse({ connectionId: "c", serverId: "40123", ip: "192.0.2.11", confirm: "192.0.2.11" }).success).toBe(true);
    const wrong = setMainSchema.safeParse({ connectionId: "c", serverId: "40123", ip: "192.0.2.11", confirm: "192.0.2.12" });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.path).toEqual(["confirm"]);
    expect(setMainSchema.safeParse({ connectionId: "c", serverId: "40123", ip: "2001:db8::1", confirm: "2001:db8::1" }).success).toBe(false);
  });
});

describe("network reads against the ip.php sandbox", () => {
  let running: RunningIpmoduleSandbox;
  beforeAll(async () => {
    running = await startIpmoduleSandbox();
  });
  afterAll(async () => {
    await running.close();
  });

  it("looks up an address and reads its traffic: summary and chart buckets agree", async () => {
    const client = createIpmoduleClient(ipmoduleContext(running.baseUrl));
    expect(await readIpDetails(client, "192.0.2.11")).toMatchObject({ network: "192.0.2.0", mask: "255.255.255.192", gateway: "192.0.2.1", serverId: 40123 });
    const to = Math.floor(Date.now() / 1000);
    const report = await readTraffic(client, "192.0.2.10", to - 7 * 86_400, to);
    expect(report.bucket).toBe("day");
    expect(report.summary.inGb).toBeGreaterThan(0);
    const summed = report.buckets.reduce((sum, bucket) => sum + bucket.inGb, 0);
    expect(Math.abs(summed - report.summary.inGb)).toBeLessThan(0.05 * report.summary.inGb + 0.05);
  });
});
