import { describe, expect, it } from "vitest";

import { cpuOf, formatMegabytes, gauge } from "./resources";

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

  it("formats megabytes in binary units", () => {
    expect(formatMegabytes(462)).toBe("462 MiB");
    expect(formatMegabytes(4096)).toBe("4 GiB");
    expect(formatMegabytes(4_194_304)).toBe("4 TiB");
    expect(formatMegabytes(1536)).toBe("1.5 GiB");
    expect(formatMegabytes(17411)).toBe("17 GiB");
    expect(formatMegabytes(733_412)).toBe("716 GiB");
  });

  it("describes the CPU from cores and frequency", () => {
    expect(cpuOf(2, 2600).text).toBe("2 cores × 2.6 GHz");
    expect(cpuOf(1, null).text).toBe("1 core");
    expect(cpuOf(undefined, undefined).text).toBe("Not reported");
  });
});
