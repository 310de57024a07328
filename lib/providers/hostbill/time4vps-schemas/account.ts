import { z } from "zod";

import { clientDetailsSchema } from "../hostbill-schemas";
import { countryInput, id, idInput, info, infoResponse, optionalText, successResponse, text } from "./common";

// ---- responses ----

/** The client's details are HostBill's shared shape. */
export { clientDetailsSchema, detailsResponseSchema } from "../hostbill-schemas";
export const updateDetailsResponse = z.looseObject({ client: clientDetailsSchema.optional(), info });
export const signupResponse = infoResponse;
export const passwordResetResponse = infoResponse;

export const contactSummarySchema = z.looseObject({
  id,
  email: text,
  firstname: optionalText,
  lastname: optionalText,
  companyname: optionalText,
  company: optionalText,
  lastlogin: optionalText,
});
export const contactListResponse = z.looseObject({ contacts: z.array(contactSummarySchema) });
export const addContactResponse = z.looseObject({ contact_id: id, info });

const privilegeGroup = z.union([z.array(z.string()), z.record(z.string(), z.union([z.number(), z.string(), z.array(z.string())]))]);
export const privilegesSchema = z.record(z.string(), privilegeGroup);
export const privilegesResponse = z.looseObject({ privileges: privilegesSchema });
export const contactResponse = z.looseObject({
  contact: contactSummarySchema.extend({ type: optionalText, privileges: z.union([privilegesSchema, z.array(z.never())]).optional() }),
});
export const editContactResponse = infoResponse;

export const notificationSchema = z.looseObject({
  id,
  rel_type: optionalText,
  rel_id: id.nullish(),
  type: optionalText,
  subject: optionalText,
  message: optionalText,
  date: optionalText,
  status: optionalText,
});
/** No example in the document: an object holding a list, or the bare list, are both read. */
export const notificationsResponse = z
  .union([z.looseObject({ notifications: z.array(notificationSchema) }), z.array(notificationSchema)])
  .transform((value) => (Array.isArray(value) ? { notifications: value } : value));
export const ackResponse = successResponse;

// ---- inputs ----

const nameText = z.string().trim().min(1).max(100);
const profileFields = {
  type: z.enum(["Private", "Company"]).optional(),
  companyname: z.string().trim().max(200).optional(),
  companyregistrationnumber: z.string().trim().max(100).optional(),
  vateu: z.string().trim().max(40).optional(),
  email: z.email().optional(),
  firstname: nameText.optional(),
  lastname: nameText.optional(),
  country: countryInput.optional(),
  address1: z.string().trim().max(200).optional(),
  city: z.string().trim().max(100).optional(),
  state: z.string().trim().max(20, "State - Maximum 20 characters").optional(),
  postcode: z.string().trim().max(20).optional(),
  phonenumber: z
    .string()
    .trim()
    .regex(/^\+?[\d .()-]{5,20}$/, "expected a phone number")
    .optional(),
  emarketing: z.array(z.string()).optional(),
};

const atLeastOneField = (value: Record<string, unknown>) => Object.values(value).some((field) => field !== undefined);

export const updateDetailsInput = z.object(profileFields).refine(atLeastOneField, "Give at least one field to change");

/** "minimum 12 characters and at least one number and one uppercase character" */
export const accountPassword = z
  .string()
  .min(12, "Password should consist of minimum 12 characters")
  .regex(/\d/, "Password needs at least one number")
  .regex(/[A-Z]/, "Password needs at least one uppercase character");

export const signupInput = z
  .object({
    ...profileFields,
    email: z.email(),
    password: accountPassword,
    country: countryInput,
    "2faenable": z.boolean().optional(),
    "2fasecret": z
      .string()
      .regex(/^[A-Za-z0-9]{16}$/, "16 letters or digits")
      .optional(),
    currency: z.enum(["EUR", "USD"]).optional(),
  })
  .refine((value) => value.type !== "Company" || Boolean(value.companyname), { message: "Required for organization account", path: ["companyname"] })
  .refine((value) => !value["2faenable"] || Boolean(value["2fasecret"]), { message: "Required when Two-Factor is enabled", path: ["2fasecret"] });

export const passwordResetInput = z.object({ email: z.email() });

const privilegesInput = z.record(z.string(), z.union([z.array(z.string()), z.record(z.string(), z.union([z.number(), z.array(z.string())]))]));

export const addContactInput = z.object({
  ...profileFields,
  email: z.email(),
  firstname: nameText,
  lastname: nameText,
  password: accountPassword.optional(),
  privileges: privilegesInput.optional(),
});

export const contactIdInput = z.object({ id: idInput });
export const editContactInput = z
  .object({ id: idInput, ...profileFields, privileges: privilegesInput.optional() })
  .refine(({ id: _id, ...rest }) => atLeastOneField(rest), "Give at least one field to change");

export const notificationFilterInput = z
  .object({ rel_type: z.string().trim().min(1).max(40).optional(), rel_id: z.union([z.string().trim().min(1), z.number()]).optional() })
  .optional();
export const notificationIdInput = z.object({ id: idInput });
