import { describe, expect, it } from "vitest";

import { sortNotifications } from "@/lib/capabilities/accounts/account-rules";

import { withTime4vpsSandbox } from "../time4vps-test-kit";
import { withXsserverSandbox } from "../xsserver-test-kit";
import { hostbillNotification, hostbillPrivileges } from "./hostbill-account-mapping";
import { time4vpsAccountsAdapter } from "./time4vps-accounts";
import { xsserverAccountsAdapter } from "./xsserver-accounts";

const time4vps = withTime4vpsSandbox();
const xsserver = withXsserverSandbox();

describe("HostBill privileges", () => {
  it("reads account-wide groups and per-service grants", () => {
    expect(hostbillPrivileges({ billing: ["emails", "payinvoice"], services: { "1301": ["basic", "billing"] }, empty: [] })).toEqual([
      { group: "billing", grants: ["emails", "payinvoice"] },
      { group: "services", grants: ["#1301: basic, billing"] },
    ]);
    expect(hostbillPrivileges([])).toEqual([]);
    expect(hostbillPrivileges(undefined)).toEqual([]);
  });
});

describe("notifications", () => {
  it("put new ones first, newest first, and name what they relate to", () => {
    const list = sortNotifications([
      hostbillNotification({ id: "1", subject: "old read", date: "2025-01-01", status: "read", rel_type: "service", rel_id: "1301" }),
      hostbillNotification({ id: "2", subject: "new", date: "2025-01-02", status: "new", rel_type: "system", rel_id: "0" }),
      hostbillNotification({ id: "3", subject: "newer read", date: "2025-02-01", status: "read" }),
    ]);
    expect(list.map((note) => note.id)).toEqual(["2", "3", "1"]);
    expect(list[0]?.related).toBe("system");
    expect(list[2]?.related).toBe("service 1301");
  });
});

describe("a Time4VPS account", () => {
  it("has details, contacts with their privileges and notifications; an acknowledged one is no longer new", async () => {
    const account = time4vpsAccountsAdapter(time4vps.client());
    expect(await account.details()).toMatchObject({
      email: "demo@example.com",
      company: "Hostdeck Demo UAB",
      address: expect.arrayContaining(["Gedimino pr. 1"]),
    });
    const contacts = await account.contacts!();
    expect(contacts.map((contact) => contact.email)).toEqual(["mary@example.com", "tomas@demo-hostdeck.eu"]);
    expect(contacts[0]?.lastLogin).toBeNull();
    // The single-contact answer leaves the last login out; the list's is kept.
    expect(contacts[1]?.lastLogin).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(contacts[1]?.privileges).toContainEqual({ group: "services", grants: ["#1301: basic, billing, notify"] });
    const fresh = (await account.notifications!()).filter((note) => note.isNew).map((note) => note.id);
    expect(fresh.sort()).toEqual(["901", "902", "905"]);

    await account.acknowledgeNotification!("901");
    expect((await account.notifications!()).find((note) => note.id === "901")?.isNew).toBe(false);
  });
});

describe("an XSServer account", () => {
  it("has details only: no contacts, notifications or acknowledging", async () => {
    const account = xsserverAccountsAdapter(xsserver.client());
    expect(await account.details()).toMatchObject({ email: "demo@example.com", company: "Hostdeck Demo GmbH" });
    expect(account.contacts).toBeUndefined();
    expect(account.notifications).toBeUndefined();
    expect(account.acknowledgeNotification).toBeUndefined();
  });
});
