import { describe, expect, it } from "vitest";

import { withTime4vpsSandbox } from "../../providers/hostbill/time4vps-test-kit";
import { loadTime4vpsAccount } from "./list-accounts";
import { mapNotification, mapPrivileges, sortNotifications } from "./map-account";

const time4vps = withTime4vpsSandbox();

describe("mapPrivileges", () => {
  it("reads account-wide groups and per-service grants", () => {
    expect(mapPrivileges({ billing: ["emails", "payinvoice"], services: { "1301": ["basic", "billing"] }, empty: [] })).toEqual([
      { group: "billing", grants: ["emails", "payinvoice"] },
      { group: "services", grants: ["#1301: basic, billing"] },
    ]);
    expect(mapPrivileges([])).toEqual([]);
    expect(mapPrivileges(undefined)).toEqual([]);
  });
});

describe("notifications", () => {
  it("puts new ones first, newest first, and names what they relate to", () => {
    const list = sortNotifications([
      mapNotification({ id: "1", subject: "old read", date: "2025-01-01", status: "read", rel_type: "service", rel_id: "1301" }),
      mapNotification({ id: "2", subject: "new", date: "2025-01-02", status: "new", rel_type: "system", rel_id: "0" }),
      mapNotification({ id: "3", subject: "newer read", date: "2025-02-01", status: "read" }),
    ]);
    expect(list.map((note) => note.id)).toEqual(["2", "3", "1"]);
    expect(list[0]?.related).toBe("system");
    expect(list[2]?.related).toBe("service 1301");
  });
});

describe("a Time4VPS account through the sandbox", () => {
  it("has details, contacts with their privileges and notifications; an acknowledged one is no longer new", async () => {
    const client = time4vps.client();
    const account = await loadTime4vpsAccount(client);
    expect(account.details).toMatchObject({ email: "demo@example.com", company: "Hostdeck Demo UAB" });
    expect(account.contacts?.map((contact) => contact.email)).toEqual(["mary@example.com", "tomas@demo-hostdeck.eu"]);
    expect(account.contacts?.[0]?.lastLogin).toBeNull();
    expect(account.contacts?.[1]?.lastLogin).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(account.contacts?.[1]?.privileges).toContainEqual({ group: "services", grants: ["#1301: basic, billing, notify"] });
    const fresh = account.notifications?.filter((note) => note.isNew).map((note) => note.id);
    expect(fresh).toHaveLength(3);
    expect(fresh).toContain("901");

    await client.acknowledgeNotification({ id: "901" });
    const after = await loadTime4vpsAccount(client);
    expect(after.notifications?.find((note) => note.id === "901")?.isNew).toBe(false);
  });
});
