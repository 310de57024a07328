import { z } from "zod";

import {
  accountRef,
  createdAnswer,
  dataAs,
  extraField,
  flag,
  hasAccountRef,
  intLike,
  modifiedAnswer,
  nullableInt,
  nullableText,
  phpList,
  recordId,
} from "./common";

// Administrators and resellers are both panel users (one table, told apart by group).

const email = z.email("Invalid email address").max(255);

export const createAdministratorInput = z
  .object({
    username: z.string().trim().min(1, "username is required").max(50),
    password: z.string().min(1, "password is required").max(255),
    email,
    group_id: recordId,
    notes: z.string().max(65_535).optional(),
    status: z.boolean().optional(),
  })
  .catchall(extraField);
export type CreateAdministratorInput = z.input<typeof createAdministratorInput>;

const accountFields = z
  .object({
    username: z.string().trim().min(1).max(50).optional(),
    password: z.string().min(1).max(255).optional(),
    email: email.optional(),
    group_id: recordId.optional(),
    notes: z.string().max(65_535).optional(),
    status: z.boolean().optional(),
  })
  .catchall(extraField);

const refMessage = { message: "id or username is required", path: ["id"] };

export const updateAdministratorInput = z
  .object({ ...accountRef, data: accountFields.refine((data) => Object.keys(data).length > 0, "Nothing to change") })
  .refine(hasAccountRef, refMessage);
export type UpdateAdministratorInput = z.input<typeof updateAdministratorInput>;

export const createAdministratorAnswer = createdAnswer.extend({ username: z.string().optional() });
export const updateAccountAnswer = modifiedAnswer.extend({ username: z.string().optional(), credits: intLike.optional() });
export type UpdateAccountAnswer = z.output<typeof updateAccountAnswer>;

export const accountRow = z.looseObject({
  id: intLike,
  username: z.string(),
  email: nullableText.optional(),
  group_id: nullableInt.optional(),
  group_name: nullableText.optional(),
  /** The owner's username, as the panel's lists show it. */
  reseller: nullableText.optional(),
  owner_id: nullableInt.optional(),
  status: flag.optional(),
  date_registered: nullableInt.optional(),
  last_login: nullableInt.optional(),
  notes: nullableText.optional(),
});
export type AdministratorRow = z.output<typeof accountRow>;

export const listAdministratorsAnswer = z.preprocess(dataAs("administrators"), z.looseObject({ administrators: phpList(accountRow) }));

const resellerFields = accountFields.extend({
  /** The document's name for the reseller's account name. */
  name: z.string().trim().min(1).max(50).optional(),
  max_allowed_connections: z.number().int().min(0).optional(),
  use_credits: z.boolean().optional(),
  credits: z.number().int().min(0).optional(),
  owner_id: recordId.nullable().optional(),
});

export const createResellerInput = resellerFields.extend({ name: z.string().trim().min(1, "name is required").max(50) });
export type CreateResellerInput = z.input<typeof createResellerInput>;

export const updateResellerInput = z
  .object({ ...accountRef, data: resellerFields.refine((data) => Object.keys(data).length > 0, "Nothing to change") })
  .refine(hasAccountRef, refMessage);
export type UpdateResellerInput = z.input<typeof updateResellerInput>;

export const addCreditsInput = z
  .object({
    ...accountRef,
    credits: z
      .number()
      .int()
      .refine((credits) => credits !== 0, "credits must not be 0"),
  })
  .refine(hasAccountRef, refMessage);
export type AddCreditsInput = z.input<typeof addCreditsInput>;

export const createResellerAnswer = createdAnswer.extend({ username: z.string().optional(), password: z.string().optional() });
export type CreateResellerAnswer = z.output<typeof createResellerAnswer>;

export const addCreditsAnswer = modifiedAnswer.extend({ username: z.string().optional(), credits: intLike });
export type AddCreditsAnswer = z.output<typeof addCreditsAnswer>;

export const resellerRow = accountRow.extend({
  credits: intLike,
  use_credits: flag.optional(),
  max_allowed_connections: nullableInt.optional(),
  lines: intLike.optional(),
});
export type ResellerRow = z.output<typeof resellerRow>;

export const listResellersAnswer = z.preprocess(dataAs("resellers"), z.looseObject({ resellers: phpList(resellerRow) }));
