import { describe, expect, it } from "vitest";

import { failure, invalidInput, refused, withTime4vpsSandbox } from "./time4vps-test-kit";

const { client } = withTime4vpsSandbox();

describe("Time4VPS account", () => {
  it("GET /details: returns the account's registration details", async () => {
    const details = await client().getDetails();
    expect(details).toMatchObject({ id: "1284", email: "demo@example.com", firstname: "Demo", country: "LT" });
  });

  it("GET /details: a wrong password is an auth error with HostBill's wronglogin", async () => {
    const error = await refused(client({ password: "not-the-password" }).getDetails(), "auth", /wronglogin/);
    expect(error.status).toBe(401);
    expect(error.message).not.toContain("not-the-password");
  });

  it("PUT /details: updates the given fields and answers client_info_updated", async () => {
    const t4v = client();
    const result = await t4v.updateDetails({ city: "Kaunas", phonenumber: "+370.61111111" });
    expect(result.info).toEqual(["client_info_updated"]);
    expect(result.client).toMatchObject({ city: "Kaunas" });
    expect(await t4v.getDetails()).toMatchObject({ city: "Kaunas", phonenumber: "+370.61111111" });
  });

  it("PUT /details: refuses a state over 20 characters before sending, and an empty change", async () => {
    await invalidInput(client().updateDetails({ state: "A state name that is far too long" }), "state");
    const error = await failure(client().updateDetails({}));
    expect(error.kind).toBe("invalid-input");
  });

  it("PUT /details: an email already used by a contact is refused by the provider as a conflict", async () => {
    const error = await refused(client().updateDetails({ email: "mary@example.com" }), "conflict", /already in use/);
    expect(error.field).toBe("email");
  });

  it("POST /signup: registers a new account without logging in", async () => {
    const result = await client({ password: "irrelevant" }).signup({
      email: "new.customer@example.org",
      password: "Sufficient-Pass-2024",
      country: "lt",
      firstname: "Ona",
      lastname: "Jonaite",
      currency: "EUR",
    });
    expect(result.info).toEqual(["client_registered"]);
  });

  it("POST /signup: a weak password is refused before sending; a taken email by the provider", async () => {
    const weak = await invalidInput(client().signup({ email: "x@example.org", password: "short", country: "LT" }), "password");
    expect(weak.message).not.toContain("short");
    await refused(client().signup({ email: "demo@example.com", password: "Sufficient-Pass-2024", country: "LT" }), "conflict", /already registered/);
    await invalidInput(client().signup({ email: "c@example.org", password: "Sufficient-Pass-2024", country: "LT", type: "Company" }), "companyname");
  });

  it("POST /passwordreset: answers generated_reset_request, for known and unknown addresses alike", async () => {
    expect((await client().requestPasswordReset({ email: "demo@example.com" })).info).toEqual(["generated_reset_request"]);
    expect((await client().requestPasswordReset({ email: "nobody@example.org" })).info).toEqual(["generated_reset_request"]);
    await invalidInput(client().requestPasswordReset({ email: "not-an-email" }), "email");
  });
});

describe("Time4VPS contacts", () => {
  it("GET /contact: lists the account's contacts", async () => {
    const contacts = await client().listContacts();
    expect(contacts.map((contact) => contact.email)).toEqual(["mary@example.com", "tomas@demo-hostdeck.eu"]);
    expect(contacts[0]).toMatchObject({ id: "49", firstname: "Mary", company: "0" });
  });

  it("POST /contact: adds a contact with privileges, visible on the next read", async () => {
    const t4v = client();
    const added = await t4v.addContact({
      email: "ops@demo-hostdeck.eu",
      firstname: "Ops",
      lastname: "Team",
      password: "Contact-Pass-2024",
      privileges: { support: ["tickets", "newticket"], services: { "1301": ["basic", "notify"] } },
    });
    expect(added.info).toEqual(["profile_added"]);
    const contact = await t4v.getContact({ id: added.contact_id });
    expect(contact).toMatchObject({ email: "ops@demo-hostdeck.eu", privileges: { support: ["tickets", "newticket"] } });
  });

  it("POST /contact: an unknown privilege or a taken email is refused by the provider", async () => {
    const unknown = await refused(
      client().addContact({ email: "a@demo-hostdeck.eu", firstname: "A", lastname: "B", privileges: { billing: ["everything"] } }),
      "invalid-input",
      /unknown privilege/,
    );
    expect(unknown.field).toBe("privileges");
    await refused(client().addContact({ email: "mary@example.com", firstname: "A", lastname: "B" }), "conflict");
    await invalidInput(client().addContact({ email: "a@demo-hostdeck.eu", firstname: "A", lastname: "" }), "lastname");
  });

  it("GET /contact/privileges: lists billing, support, misc, services and domains privileges", async () => {
    const privileges = await client().getContactPrivileges();
    expect(privileges.billing).toContain("payinvoice");
    expect(privileges.support).toContain("newticket");
    expect(privileges.services).toMatchObject({ full: 1, "1301": expect.arrayContaining(["basic", "upgrade"]) });
  });

  it("GET /contact/@id: returns one contact; an unknown id is not-found", async () => {
    expect(await client().getContact({ id: 49 })).toMatchObject({ email: "mary@example.com", type: "Private" });
    await refused(client().getContact({ id: 9999 }), "not-found", /Invalid contact ID/);
    await invalidInput(client().getContact({ id: "abc" }), "id");
  });

  it("PUT /contact/@id: edits a contact and answers profile_updated", async () => {
    const t4v = client();
    expect((await t4v.editContact({ id: 49, city: "Vilnius", privileges: { billing: ["emails"] } })).info).toEqual(["profile_updated"]);
    expect(await t4v.getContact({ id: 49 })).toMatchObject({ city: "Vilnius", privileges: { billing: ["emails"] } });
    await refused(client().editContact({ id: 9999, city: "X" }), "not-found");
  });
});

describe("Time4VPS notifications", () => {
  it("GET /notifications: lists every portal notification, filterable by relation", async () => {
    const all = await client().listNotifications();
    expect(all).toHaveLength(5);
    const invoices = await client().listNotifications({ rel_type: "invoice" });
    expect(invoices).toEqual([expect.objectContaining({ rel_id: "308977", status: "new" })]);
    await invalidInput(client().listNotifications({ rel_type: "" }), "rel_type");
  });

  it("GET /notifications/new: lists only unread notifications", async () => {
    const fresh = await client().listNewNotifications();
    expect(fresh.map((item) => item.id).sort()).toEqual(["901", "902", "905"]);
    expect(await client().listNewNotifications({ rel_type: "service", rel_id: 1308 })).toHaveLength(1);
  });

  it("PUT /notifications/@id/ack: marks a notification read; unknown ids are not-found", async () => {
    const t4v = client();
    expect(await t4v.acknowledgeNotification({ id: 901 })).toMatchObject({ success: true });
    expect((await t4v.listNewNotifications()).map((item) => item.id)).not.toContain("901");
    await refused(t4v.acknowledgeNotification({ id: 4242 }), "not-found");
  });
});

describe("Time4VPS billing", () => {
  it("GET /balance: unpaid total in the account currency (USD converted) and credit", async () => {
    // 308977: (7.99 + 2.00) × 1.21 = 12.09 EUR; 308979: 5.40 USD × 0.92 = 4.97 EUR
    expect(await client().getBalance()).toEqual({ currency: "EUR", acc_balance: 17.06, acc_credit: 5 });
  });

  it("GET /invoice: lists paid, unpaid and cancelled invoices in EUR and USD, totals as numbers", async () => {
    const invoices = await client().listInvoices();
    expect(new Set(invoices.map((invoice) => invoice.currency))).toEqual(new Set(["EUR", "USD"]));
    expect(new Set(invoices.map((invoice) => invoice.status))).toEqual(new Set(["Paid", "Unpaid", "Cancelled"]));
    expect(invoices.find((invoice) => invoice.id === "308977")?.total).toBe(12.09);
  });

  it("GET /invoice/@id: items, tax and totals; an unknown invoice is not-found", async () => {
    const invoice = await client().getInvoice({ id: 308976 });
    expect(invoice).toMatchObject({ status: "Paid", currency: "EUR", subtotal: 10.58, taxrate: 21, tax: 2.22, total: 12.8 });
    expect(invoice.items.map((item) => item.description)).toContain("PayPal Payment Fee");
    const discounted = await client().getInvoice({ id: "308980" });
    expect(discounted).toMatchObject({ credit: 10, subtotal: 162.69 });
    await refused(client().getInvoice({ id: 1 }), "not-found", /Invalid invoice ID/);
  });

  it("GET /payment: payment method id → gateway", async () => {
    expect(await client().listPaymentMethods()).toEqual({ "1": "BankTransfer", "2": "Stripe", "4": "CreditCard", "5": "PayPal" });
  });

  it("GET /payment/fees: fixed and percent fee per method as numbers", async () => {
    const fees = await client().listPaymentFees();
    expect(fees).toContainEqual(expect.objectContaining({ id: "5", name: "PayPal", fixed_fee: 0.3, percent_fee: 2.9 }));
  });
});
