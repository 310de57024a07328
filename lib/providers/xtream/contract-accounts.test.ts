import { describe, expect, it } from "vitest";

import { failure, withXtream } from "./test-sandbox";

const xtream = withXtream();

describe("administrators", () => {
  it("administrators/new: creates an administrator that the list then shows", async () => {
    const client = xtream().client();
    const created = await client.createAdministrator({ username: "night.shift", password: "s3cret-pw", email: "night@panel.example.net", group_id: 2 });
    expect(created).toMatchObject({ created_id: 7, username: "night.shift" });
    const admins = await client.listAdministrators();
    expect(admins.find((admin) => admin.id === 7)).toMatchObject({
      username: "night.shift",
      email: "night@panel.example.net",
      group_id: 2,
      group_name: "Support",
      status: true,
    });
  });

  it("administrators/new: 'Username exists.' is a conflict", async () => {
    const error = await failure(xtream().client().createAdministrator({ username: "Admin", password: "pw", email: "a@b.example", group_id: 1 }));
    expect(error).toMatchObject({ kind: "conflict", field: "username" });
  });

  it("administrators/new: a missing field or a bad email is refused before any request", async () => {
    const client = xtream().client();
    // @ts-expect-error email is required by the document
    await expect(client.createAdministrator({ username: "x", password: "pw", group_id: 1 })).rejects.toMatchObject({ kind: "invalid-input", field: "email" });
    await expect(client.createAdministrator({ username: "x", password: "pw", email: "not-an-email", group_id: 1 })).rejects.toMatchObject({
      kind: "invalid-input",
      field: "email",
    });
    expect(xtream().requests).toHaveLength(0);
  });

  it("administrators/new: an unknown group is a {Database error} on group_id", async () => {
    const error = await failure(xtream().client().createAdministrator({ username: "x", password: "pw", email: "x@y.example", group_id: 42 }));
    expect(error).toMatchObject({ kind: "invalid-input", field: "group_id", providerCode: "1452" });
  });

  it("administrators/update: edits by id or by username", async () => {
    const client = xtream().client();
    expect(await client.updateAdministrator({ id: 2, data: { email: "anna.b@panel.example.net" } })).toMatchObject({ modified_id: 2 });
    await client.updateAdministrator({ username: "support.anna", data: { status: false } });
    expect((await client.listAdministrators()).find((admin) => admin.id === 2)).toMatchObject({ email: "anna.b@panel.example.net", status: false });
  });

  it("administrators/update: an unknown administrator is not-found; a reseller is not an administrator", async () => {
    const client = xtream().client();
    expect(await failure(client.updateAdministrator({ id: 99, data: { notes: "x" } }))).toMatchObject({ kind: "not-found" });
    expect(await failure(client.updateAdministrator({ id: 3, data: { notes: "x" } }))).toMatchObject({ kind: "not-found" });
    await expect(client.updateAdministrator({ data: { notes: "x" } })).rejects.toMatchObject({ kind: "invalid-input", field: "id" });
  });

  it("administrators/list: lists administrators with email, group and owner, never a password", async () => {
    const admins = await xtream().client().listAdministrators();
    expect(admins.map((admin) => admin.username)).toEqual(["admin", "support.anna"]);
    expect(admins[1]).toMatchObject({ email: "anna@panel.example.net", group_name: "Support", reseller: "admin" });
    for (const admin of admins) expect(admin).not.toHaveProperty("password");
  });
});

describe("resellers", () => {
  it("resellers/new: creates a reseller with credits; the panel generates a password", async () => {
    const client = xtream().client();
    const created = await client.createReseller({ name: "test_reseller", max_allowed_connections: 50, use_credits: true, credits: 25 });
    expect(created).toMatchObject({ created_id: 7, username: "test_reseller", password: expect.stringMatching(/^\w{10}$/) });
    expect((await client.listResellers()).find((reseller) => reseller.id === 7)).toMatchObject({
      username: "test_reseller",
      credits: 25,
      use_credits: true,
      max_allowed_connections: 50,
      group_name: "Resellers",
    });
  });

  it("resellers/new: 'Username exists.' is a conflict; a missing name is refused before any request", async () => {
    const client = xtream().client();
    expect(await failure(client.createReseller({ name: "northstream" }))).toMatchObject({ kind: "conflict", field: "username" });
    // @ts-expect-error name is required by the document
    await expect(client.createReseller({ credits: 5 })).rejects.toMatchObject({ kind: "invalid-input", field: "name" });
  });

  it("resellers/update: data.credits sets the balance", async () => {
    const client = xtream().client();
    expect(await client.updateReseller({ id: 4, data: { credits: 40 } })).toMatchObject({ modified_id: 4, credits: 40 });
    await client.updateReseller({ username: "bluewave", data: { notes: "upgraded" } });
    expect((await client.listResellers()).find((reseller) => reseller.id === 4)).toMatchObject({ credits: 40, notes: "upgraded" });
  });

  it("resellers/update: an unknown reseller is not-found", async () => {
    expect(
      await failure(
        xtream()
          .client()
          .updateReseller({ username: "ghost", data: { credits: 1 } }),
      ),
    ).toMatchObject({ kind: "not-found" });
  });

  it("resellers/add_credits: adds to the balance, by id or username", async () => {
    const client = xtream().client();
    expect(await client.addResellerCredits({ id: 4, credits: 10 })).toMatchObject({ modified_id: 4, credits: 12 });
    expect(await client.addResellerCredits({ username: "bluewave", credits: -2 })).toMatchObject({ credits: 10 });
    expect((await client.listResellers()).find((reseller) => reseller.id === 4)?.credits).toBe(10);
  });

  it("resellers/add_credits: taking back more than the balance is out-of-stock; 0 is refused; unknown is not-found", async () => {
    const client = xtream().client();
    expect(await failure(client.addResellerCredits({ id: 4, credits: -3 }))).toMatchObject({ kind: "out-of-stock", field: "credits" });
    await expect(client.addResellerCredits({ id: 4, credits: 0 })).rejects.toMatchObject({ kind: "invalid-input", field: "credits" });
    expect(await failure(client.addResellerCredits({ id: 1, credits: 5 }))).toMatchObject({ kind: "not-found" });
  });

  it("resellers/list: lists resellers with credits, owner and line count", async () => {
    const resellers = await xtream().client().listResellers();
    expect(resellers.map((reseller) => reseller.username)).toEqual(["northstream", "bluewave", "partner.unlimited", "old.reseller"]);
    expect(resellers[0]).toMatchObject({ credits: 120, use_credits: true, lines: 2, reseller: "admin" });
    expect(resellers[3]).toMatchObject({ status: false, reseller: "northstream" });
    for (const reseller of resellers) expect(reseller).not.toHaveProperty("password");
  });
});
