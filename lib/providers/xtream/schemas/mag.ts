import { z } from "zod";

import {
  connectionRow,
  createdAnswer,
  expireDateInput,
  extraField,
  flag,
  intLike,
  jsonList,
  macAddress,
  modifiedAnswer,
  nullableInt,
  nullableText,
  phpList,
  recordId,
} from "./common";

export const magFields = z
  .object({
    mac_address: macAddress.optional(),
    expire_date: expireDateInput.optional(),
    subscription_plan_id: recordId.nullable().optional(),
    reseller_id: recordId.nullable().optional(),
    max_allowed_connections: z.number().int().min(0).max(100).optional(),
    disabled: z.boolean().optional(),
    lock_device: z.boolean().optional(),
    notes: z.string().max(65_535).optional(),
    bouquets: z.array(recordId).optional(),
    is_trial: z.boolean().optional(),
  })
  .catchall(extraField);

export const createMagInput = magFields.extend({ mac_address: macAddress });
export type CreateMagInput = z.input<typeof createMagInput>;

const magRef = { mac_address: macAddress };

export const updateMagInput = z.object({
  ...magRef,
  data: magFields.refine((data) => Object.keys(data).length > 0, "Nothing to change"),
});
export type UpdateMagInput = z.input<typeof updateMagInput>;

export const magRefInput = z.object(magRef);
export type MagRefInput = z.input<typeof magRefInput>;

export const createMagAnswer = createdAnswer.extend({ mac_address: z.string().optional() });
export const updateMagAnswer = modifiedAnswer.extend({ mac_address: z.string().optional() });

export const magRow = z.looseObject({
  id: intLike,
  mac_address: z.string(),
  expire_date: nullableInt,
  max_allowed_connections: intLike,
  active_connections: intLike.optional(),
  reseller_id: nullableInt.optional(),
  disabled: flag.optional(),
  lock_device: flag.optional(),
  notes: nullableText.optional(),
  subscription_plan_id: nullableInt.optional(),
  bouquets: jsonList(intLike).optional(),
  is_trial: flag.optional(),
  created_at: nullableInt.optional(),
});
export type MagRow = z.output<typeof magRow>;

export const magInfoAnswer = z.looseObject({
  mag_info: magRow,
  mag_conn_info: phpList(connectionRow),
  mag_channel_ids: phpList(intLike),
});
export type MagInfoAnswer = z.output<typeof magInfoAnswer>;
