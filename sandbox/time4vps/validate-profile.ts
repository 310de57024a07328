import { isEmail, str, type Body } from "./http";
import type { ClientProfile } from "./state";

export type ProfileFields = Partial<
  Pick<
    ClientProfile,
    | "type"
    | "companyname"
    | "companyregistrationnumber"
    | "vateu"
    | "email"
    | "firstname"
    | "lastname"
    | "country"
    | "address1"
    | "city"
    | "state"
    | "postcode"
    | "phonenumber"
    | "emarketing"
  >
>;

const textFields = [
  "companyname",
  "companyregistrationnumber",
  "vateu",
  "firstname",
  "lastname",
  "address1",
  "city",
  "state",
  "postcode",
  "phonenumber",
] as const;
const namePattern = /^[\p{L}\p{M}' .-]{1,100}$/u;

/**
 * Reads the registration fields HostBill's client forms share (details, signup, contacts). Only fields
 * present in the body are returned; `required` lists the ones that must be there.
 */
export function readProfile(body: Body, required: readonly string[]): { fields: ProfileFields; errors: string[] } {
  const errors: string[] = [];
  const fields: ProfileFields = {};
  for (const key of required) if (str(body[key]) === "") errors.push(`Field '${key}' is required`);
  if (body.type !== undefined) {
    const type = str(body.type).toLowerCase();
    if (type === "private") fields.type = "Private";
    else if (type === "company" || type === "organization") fields.type = "Company";
    else errors.push("Field 'type' is invalid: use Private or Company");
  }
  for (const key of textFields) if (body[key] !== undefined) fields[key] = str(body[key]);
  if (fields.type === "Company" && body.companyname !== undefined && !fields.companyname)
    errors.push("Field 'companyname' is required for organization account");
  if (fields.firstname && !namePattern.test(fields.firstname)) errors.push("Field 'firstname' is invalid");
  if (fields.lastname && !namePattern.test(fields.lastname)) errors.push("Field 'lastname' is invalid");
  if (fields.state && fields.state.length > 20) errors.push("Field 'state' is invalid: maximum 20 characters");
  if (fields.phonenumber && !/^\+?[\d .()-]{5,20}$/.test(fields.phonenumber)) errors.push("Field 'phonenumber' is invalid");
  if (body.email !== undefined) {
    const email = str(body.email);
    if (!isEmail(email)) errors.push("Field 'email' is invalid: Email Address must be a valid email");
    else fields.email = email;
  }
  if (body.country !== undefined) {
    const country = str(body.country).toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) errors.push("Field 'country' is invalid: use a two-letter country code");
    else fields.country = country;
  }
  if (body.emarketing !== undefined) {
    const list = Array.isArray(body.emarketing) ? body.emarketing.map(str) : [str(body.emarketing)];
    fields.emarketing = list.filter((item) => item !== "" && item !== "0" && item !== "false");
  }
  return { fields, errors };
}

export function passwordProblem(password: string): string | undefined {
  if (password.length < 12 || !/\d/.test(password) || !/[A-Z]/.test(password)) {
    return "Field 'password' is invalid: Password should consist of minimum 12 characters and at least one number and one uppercase character";
  }
  return undefined;
}
