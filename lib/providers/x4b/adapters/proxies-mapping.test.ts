import { describe, expect, it } from "vitest";

import { mapService, usageOf } from "./proxies-mapping";

const servers = [{ id: 1, name: "Los Angeles, US", flag: "us", availableV4: 214, availableV6: 4096 }];
const plans = [
  { id: 2, name: "Business 500GB", gb: 500, bill: "MONTH" },
  { id: 4, name: "Pay As You Go", gb: 0, bill: "PAYG" },
];
const connection = { id: "c1", label: "X4B" };

describe("proxy service mapping", () => {
  it("gives a lease its server, plan and usage share", () => {
    const service = mapService(connection, { id: 1201, type: "lease", data: { addr: "203.0.113.140", server: 1, plan: 2 } }, servers, plans, {
      ok: true,
      value: { used: 182.37, unit: "GB" },
    });
    expect(service).toMatchObject({ isLease: true, addr: "203.0.113.140", server: { name: "Los Angeles, US", flag: "us" }, plan: { gb: 500 } });
    expect(service.usage).toEqual({ used: 182.37, unit: "GB", percent: 36.5 });
  });

  it("keeps a row whose usage failed, and names unknown servers and plans by number", () => {
    const service = mapService(connection, { id: 9, type: "lease", data: { addr: "192.0.2.1", server: 7, plan: 8 } }, servers, plans, {
      ok: false,
      message: "down",
    });
    expect(service).toMatchObject({ server: { name: "Server 7" }, plan: { name: "Plan 8" }, usage: null, usageError: "down" });
  });

  it("shows unsupported services without lease data", () => {
    expect(mapService(connection, { id: 1203, type: "unsupported" }, servers, plans, null)).toMatchObject({
      isLease: false,
      addr: null,
      server: null,
      usage: null,
    });
  });

  it("has no share without included traffic or in another unit", () => {
    expect(usageOf({ used: 3, unit: "GB" }, plans[1]!).percent).toBeNull();
    expect(usageOf({ used: 3, unit: "TB" }, plans[0]!).percent).toBeNull();
    expect(usageOf({ used: 900, unit: "GB" }, plans[0]!).percent).toBe(100);
  });
});
