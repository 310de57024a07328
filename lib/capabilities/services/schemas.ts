/** Inputs of the Services actions, shared by the forms and the actions. */
import { z } from "zod";

import { connectionIdSchema as connectionId } from "@/lib/connections/connection-id";

export const serviceIdSchema = z.string().trim().regex(/^\d+$/, "Unknown service");
const serviceId = serviceIdSchema;
const checkbox = z.preprocess((value) => value === true || value === "true" || value === "on" || value === "1", z.boolean());

export const serviceRef = z.object({ connectionId, serviceId });

export const setLabelInput = serviceRef.extend({
  label: z.string().trim().max(60, "At most 60 characters"),
});

/** resourceId → chosen item id, and/or a package id. */
export const upgradeInput = serviceRef
  .extend({
    resources: z.record(z.string().regex(/^\d+$/), z.string().regex(/^\d+$/)).default({}),
    packageId: z.string().regex(/^\d+$/).optional(),
  })
  .refine((value) => value.packageId !== undefined || Object.keys(value.resources).length > 0, {
    message: "Choose a package or at least one resource to change",
    path: ["resources"],
  });

export const cancelInput = serviceRef
  .extend({
    immediate: checkbox,
    reason: z.string().trim().min(3, "Give a reason for the cancellation").max(1000, "At most 1000 characters"),
    /** What the page asked the admin to type (the service's label); checked again against the provider in the action. */
    expected: z.string().min(1),
    confirm: z.string(),
  })
  .refine((value) => value.confirm.trim() === value.expected, { message: "Type the label exactly as shown to confirm", path: ["confirm"] });

export const orderAddonInput = serviceRef.extend({ addonId: z.string().regex(/^\d+$/, "Choose an addon") });

export const pduPowerInput = serviceRef.extend({
  portId: z.string().regex(/^\d+$/, "Unknown port"),
  power: checkbox,
});

export type UpgradeInput = z.input<typeof upgradeInput>;
export type CancelInput = z.input<typeof cancelInput>;
