import { describe, expect, it } from "vitest";

import { cpuOf, formatMegabytes, gauge, gaugesOf, usageHistoryOf } from "./map-server";

describe("gauges", () => {
  it("computes used vs limit with a tone per threshold", () => {
    expect(gauge("ram", 1733, 4096)).toMatchObject({ percent: 42.3, tone: "good", text: "1.7 GiB of 4 GiB" });
    expect(gauge("disk", 61003, 81920)).toMatchObject({ percent: 74.5, tone: "good" });
    expect(gauge("disk", 62000, 81920)).toMatchObject({ percent: 75.7, tone: "warn" });
    expect(gauge("disk", 80000, 81920)).toMatchObject({ percent: 97.7, tone: "bad" });
  });

  it("caps at 100 % and says so when a figure is missing", () => {
    expect(gauge("bandwidth", 5000, 4000).percent).toBe(100);
    expect(gauge("ram", null, 1024)).toMatchObject({ percent: null, tone: "neutral", text: "Limit 1 GiB" });
    expect(gauge("ram", 512, 0)).toMatchObject({ percent: null, text: "512 MiB used" });
    expect(gauge("ram", null, null).text).toBe("Not reported");
  });

  it("counts bandwidth both ways against the limit", () => {
    const [ram, disk, bandwidth] = gaugesOf({ ram_used: 56, ram_limit: 462, disk_usage: 859, disk_limit: 12107, bw_in: 372, bw_out: 336, bw_limit: 4938 });
    expect(ram).toMatchObject({ key: "ram", used: 56, limit: 462 });
    expect(disk).toMatchObject({ key: "disk", used: 859 });
    expect(bandwidth).toMatchObject({ key: "bandwidth", used: 708, limit: 4938, percent: 14.3 });
  });

  it("formats megabytes in binary units", () => {
    expect(formatMegabytes(462)).toBe("462 MiB");
    expect(formatMegabytes(4096)).toBe("4 GiB");
    expect(formatMegabytes(4_194_304)).toBe("4 TiB");
    expect(formatMegabytes(1536)).toBe("1.5 GiB");
    expect(formatMegabytes(17411)).toBe("17 GiB");
    expect(formatMegabytes(733_412)).toBe("716 GiB");
  });

  it("describes the CPU from cores and frequency", () => {
    expect(cpuOf({ cpu_cores: 2, cpu_frequency: 2600 }).text).toBe("2 cores × 2.6 GHz");
    expect(cpuOf({ cpu_cores: 1, cpu_frequency: null }).text).toBe("1 core");
    expect(cpuOf({}).text).toBe("Not reported");
  });
});

describe("usageHistoryOf", () => {
  it("sorts months chronologically and keeps missing quota figures as null", () => {
    const months = usageHistoryOf([
      { year: 2025, month: 2, bw_in: 2, bw_out: 1 },
      { year: 2024, month: 12, bw_in: 5, bw_out: 3, quota_usage: 10, quota_limit: 20, inode_usage: 1, inode_limit: 9 },
    ]);
    expect(months.map((m) => m.period)).toEqual(["2024-12", "2025-02"]);
    expect(months[0]).toMatchObject({ quotaUsage: 10, quotaLimit: 20, inodeUsage: 1, inodeLimit: 9 });
    expect(months[1]).toMatchObject({ quotaUsage: null, inodeLimit: null });
  });
});
