import type { Hono } from "hono";

import { flag, hostbillError, isEmail, notFound, readInput, str, type ApiEnv, type Body } from "./http";
import { privilegeCatalog } from "./seed";
import type { Contact, Privileges, Time4vpsData } from "./state";
import type { Time4vpsStore } from "./store";
import { passwordProblem, readProfile } from "./validate-profile";

function clientView(data: Time4vpsData) {
  const { client } = data;
  return {
    id: client.id,
    email: client.email,
    lastlogin: client.lastlogin,
    ip: client.ip,
    host: client.host,
    firstname: client.firstname,
    lastname: client.lastname,
    companyname: client.companyname,
    address1: client.address1,
    address2: client.address2,
    city: client.city,
    state: client.state,
    postcode: client.postcode,
    country: client.country,
    phonenumber: client.phonenumber,
  };
}

function emailTaken(data: Time4vpsData, email: string, exceptContact?: string): boolean {
  const lower = email.toLowerCase();
  return (
    data.client.email.toLowerCase() === lower ||
    data.signups.includes(lower) ||
    data.contacts.some((contact) => contact.id !== exceptContact && contact.email.toLowerCase() === lower)
  );
}

const servicePrivileges = ["basic", "billing", "cancelation", "upgrade", "notify", "logindetails"];

/** Privileges come in the shape GET /contact/privileges answers; anything outside it is refused. */
function readPrivileges(data: Time4vpsData, raw: unknown): { privileges?: Privileges; error?: string } {
  if (raw === undefined || raw === "") return {};
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { error: "Field 'privileges' is invalid: expected an object of privilege lists" };
  const result: Privileges = {};
  for (const [group, value] of Object.entries(raw)) {
    if (group === "services" || group === "domains") {
      if (typeof value !== "object" || value === null) return { error: `Field 'privileges' is invalid: ${group} must be an object` };
      const scoped: Record<string, number | string[]> = {};
      for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
        if (key === "full") {
          scoped.full = flag(entry) ? 1 : 0;
          continue;
        }
        if (group === "services" && !data.services.some((service) => service.id === key))
          return { error: `Field 'privileges' is invalid: unknown service ${key}` };
        const list = Array.isArray(entry) ? entry.map(str) : [];
        const unknown = list.find((item) => !servicePrivileges.includes(item));
        if (unknown) return { error: `Field 'privileges' is invalid: unknown privilege ${unknown}` };
        scoped[key] = list;
      }
      result[group] = scoped;
      continue;
    }
    const allowed = (privilegeCatalog as Record<string, string[]>)[group];
    if (!allowed) return { error: `Field 'privileges' is invalid: unknown group ${group}` };
    const list = Array.isArray(value) ? value.map(str) : [];
    const unknown = list.find((item) => !allowed.includes(item));
    if (unknown) return { error: `Field 'privileges' is invalid: unknown privilege ${group}.${unknown}` };
    result[group] = list;
  }
  return { privileges: result };
}

function contactDetails(contact: Contact) {
  const { password: _password, emarketing: _emarketing, lastlogin: _lastlogin, companyregistrationnumber: _crn, vateu: _vat, ...rest } = contact;
  return rest;
}

export function mountAccountRoutes(api: Hono<ApiEnv>, store: Time4vpsStore): void {
  api.get("/details", (c) => c.json({ client: clientView(store.data) }));

  api.put("/details", async (c) => {
    const data = store.data;
    const body = await readInput(c);
    const { fields, errors } = readProfile(body, []);
    if (fields.email && fields.email.toLowerCase() !== data.client.email.toLowerCase() && emailTaken(data, fields.email)) {
      errors.push("Field 'email' is invalid: This email address is already in use");
    }
    if (errors.length) return hostbillError(c, 400, ...errors);
    Object.assign(data.client, fields);
    return c.json({ client: clientView(data), info: ["client_info_updated"] });
  });

  api.post("/signup", async (c) => {
    const data = store.data;
    const body = await readInput(c);
    const { fields, errors } = readProfile(body, ["email", "password", "country"]);
    const password = str(body.password);
    if (password) {
      const problem = passwordProblem(password);
      if (problem) errors.push(problem);
    }
    if (fields.type === "Company" && !fields.companyname) errors.push("Field 'companyname' is required for organization account");
    const twoFactor = Array.isArray(body["2faenable"]) ? body["2faenable"].some(flag) : flag(body["2faenable"]);
    if (twoFactor && !/^[A-Za-z0-9]{16}$/.test(str(body["2fasecret"]))) errors.push("Field '2fasecret' is invalid: enter a 16 character secret");
    const currency = str(body.currency);
    if (currency && !["EUR", "USD"].includes(currency.toUpperCase())) errors.push("Field 'currency' is invalid");
    if (fields.email && emailTaken(data, fields.email)) errors.push("Field 'email' is invalid: This email address is already registered");
    if (errors.length) return hostbillError(c, 400, ...errors);
    data.signups.push((fields.email ?? "").toLowerCase());
    return c.json({ info: ["client_registered"] });
  });

  api.post("/passwordreset", async (c) => {
    const data = store.data;
    const email = str((await readInput(c)).email);
    if (!email) return hostbillError(c, 400, "Field 'email' is required");
    if (!isEmail(email)) return hostbillError(c, 400, "Field 'email' is invalid: Email Address must be a valid email");
    // Same answer for unknown addresses: the endpoint must not reveal who has an account.
    if (emailTaken(data, email)) data.resetRequests.push(email.toLowerCase());
    return c.json({ info: ["generated_reset_request"] });
  });

  api.get("/contact", (c) =>
    c.json({
      contacts: store.data.contacts.map((contact) => ({
        email: contact.email,
        id: contact.id,
        firstname: contact.firstname,
        lastname: contact.lastname,
        companyname: contact.companyname,
        company: contact.type === "Company" ? "1" : "0",
        lastlogin: contact.lastlogin,
      })),
    }),
  );

  api.get("/contact/privileges", (c) => {
    const data = store.data;
    const services: Record<string, number | string[]> = { full: 1 };
    for (const service of data.services) if (service.status !== "Terminated") services[service.id] = servicePrivileges;
    return c.json({ privileges: { ...privilegeCatalog, services, domains: { full: 1 } } });
  });

  api.post("/contact", async (c) => {
    const data = store.data;
    const body = await readInput(c);
    const { fields, errors } = readProfile(body, ["email", "firstname", "lastname"]);
    const password = str(body.password);
    if (password) {
      const problem = passwordProblem(password);
      if (problem) errors.push(problem);
    }
    const { privileges, error } = readPrivileges(data, body.privileges);
    if (error) errors.push(error);
    if (fields.email && emailTaken(data, fields.email)) errors.push("Field 'email' is invalid: This email address is already in use");
    if (errors.length) return hostbillError(c, 400, ...errors);
    const contact: Contact = {
      id: String(data.counters.contact++),
      email: fields.email ?? "",
      password: password || undefined,
      type: fields.type ?? "Private",
      firstname: fields.firstname ?? "",
      lastname: fields.lastname ?? "",
      companyname: fields.companyname ?? "",
      companyregistrationnumber: fields.companyregistrationnumber ?? "",
      vateu: fields.vateu ?? "",
      address1: fields.address1 ?? "",
      address2: "",
      city: fields.city ?? "",
      state: fields.state ?? "",
      postcode: fields.postcode ?? "",
      country: fields.country ?? data.client.country,
      phonenumber: fields.phonenumber ?? "",
      emarketing: fields.emarketing ?? [],
      lastlogin: "0000-00-00 00:00:00",
      privileges: privileges ?? {},
    };
    data.contacts.push(contact);
    return c.json({ contact_id: contact.id, info: ["profile_added"] });
  });

  api.get("/contact/:id", (c) => {
    const contact = store.data.contacts.find((item) => item.id === c.req.param("id"));
    return contact ? c.json({ contact: contactDetails(contact) }) : notFound(c, "contact");
  });

  api.put("/contact/:id", async (c) => {
    const data = store.data;
    const contact = data.contacts.find((item) => item.id === c.req.param("id"));
    if (!contact) return notFound(c, "contact");
    const body = await readInput(c);
    const { fields, errors } = readProfile(body, []);
    const { privileges, error } = readPrivileges(data, body.privileges);
    if (error) errors.push(error);
    if (fields.email && emailTaken(data, fields.email, contact.id)) errors.push("Field 'email' is invalid: This email address is already in use");
    if (errors.length) return hostbillError(c, 400, ...errors);
    Object.assign(contact, fields);
    if (privileges) contact.privileges = privileges;
    return c.json({ info: ["profile_updated"] });
  });

  const listNotifications = (data: Time4vpsData, body: Body, onlyNew: boolean) =>
    data.notifications
      .filter((item) => !onlyNew || item.status === "new")
      .filter((item) => !str(body.rel_type) || item.rel_type === str(body.rel_type))
      .filter((item) => !str(body.rel_id) || item.rel_id === str(body.rel_id))
      .sort((a, b) => b.date.localeCompare(a.date));

  api.get("/notifications", async (c) => c.json({ notifications: listNotifications(store.data, await readInput(c), false) }));
  api.get("/notifications/new", async (c) => c.json({ notifications: listNotifications(store.data, await readInput(c), true) }));

  api.put("/notifications/:id/ack", (c) => {
    const notification = store.data.notifications.find((item) => item.id === c.req.param("id"));
    if (!notification) return notFound(c, "notification");
    notification.status = "read";
    return c.json({ success: true, info: ["notification_acknowledged"] });
  });
}
