/**
 * The HostBill User API shapes Time4VPS and XSServer share: building blocks, the client's details, balance,
 * invoices and tickets. Both presets read these answers with the same schemas (time4vps-schemas/*,
 * xsserver-schemas.ts import them from here). Responses keep unknown fields (`looseObject`); ids become
 * strings and money becomes numbers whichever of the two HostBill sent.
 */
import { z } from "zod";

// ---- building blocks -------------------------------------------------------------------------------------------

/** Ids come as "301" or 301 depending on the endpoint; Hostdeck keeps them as strings. */
export const id = z.union([z.string().min(1), z.number().int()]).transform(String);

/** Amounts and counters: HostBill sends "19.65" as often as 19.65. A non-numeric string is a bad response. */
export const num = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, "expected a number")
    .transform(Number),
]);

export const text = z.string();
export const optionalText = z.string().nullish();

/** HostBill flags: true/false, "1"/"0", 1/0, "on"/"off", "true"/"false", "yes"/"no". */
export const flag = z.union([
  z.boolean(),
  z.literal([0, 1]).transform((value) => value === 1),
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(["1", "0", "true", "false", "on", "off", "yes", "no"]))
    .transform((value) => ["1", "true", "on", "yes"].includes(value)),
]);

// ---- the client (account holder) -------------------------------------------------------------------------------

const clientFields = {
  id,
  email: text,
  firstname: optionalText,
  lastname: optionalText,
  companyname: optionalText,
  address1: optionalText,
  address2: optionalText,
  city: optionalText,
  state: optionalText,
  postcode: optionalText,
  country: optionalText,
  phonenumber: optionalText,
};

/** GET /details → `client`. */
export const clientDetailsSchema = z.looseObject({ ...clientFields, lastlogin: optionalText, ip: optionalText, host: optionalText });
export const detailsResponseSchema = z.looseObject({ client: clientDetailsSchema });

// ---- balance and invoices --------------------------------------------------------------------------------------

/** XSServer's document example is not valid JSON (`{ { "success": … } }`); the inner object is what is parsed. */
export const balanceSchema = z.looseObject({ currency: text, acc_balance: num, acc_credit: num });
export const balanceResponseSchema = z.looseObject({ success: z.boolean().optional(), details: balanceSchema });

export const invoiceSummarySchema = z.looseObject({
  id,
  date: text,
  dateorig: optionalText,
  duedate: text,
  paybefore: optionalText,
  total: num,
  datepaid: optionalText,
  status: text,
  merge_id: id.nullish(),
  number: optionalText,
  currency: text,
});
export const invoiceListResponseSchema = z.looseObject({ invoices: z.array(invoiceSummarySchema) });

export const invoiceItemSchema = z.looseObject({
  id,
  invoice_id: id.optional(),
  type: optionalText,
  item_id: id.optional(),
  description: text,
  amount: num,
  taxed: flag.optional(),
  qty: num.optional(),
  linetotal: num.optional(),
});
export const invoiceDetailsSchema = z.looseObject({
  id,
  status: text,
  date: text,
  duedate: text,
  paybefore: optionalText,
  datepaid: optionalText,
  subtotal: num,
  credit: num.optional(),
  tax: num,
  taxrate: num.optional(),
  tax2: num.optional(),
  taxrate2: num.optional(),
  taxexempt: flag.optional(),
  total: num,
  rate: num.optional(),
  notes: optionalText,
  items: z.array(invoiceItemSchema),
  client: z.looseObject(clientFields).optional(),
  number: optionalText,
  currency: text,
});
export const invoiceDetailsResponseSchema = z.looseObject({ invoice: invoiceDetailsSchema });

// ---- support tickets -------------------------------------------------------------------------------------------

export const ticketSummarySchema = z.looseObject({
  client_read: flag.optional(),
  ticket_number: id,
  date: text,
  deptname: optionalText,
  subject: text,
  status: text,
});
export const ticketListResponseSchema = z.looseObject({ tickets: z.array(ticketSummarySchema) });

export const ticketReplySchema = z.looseObject({
  id,
  name: optionalText,
  date: text,
  body: text,
  status: optionalText,
  /** "Admin" for staff, "Client" for the account holder. */
  type: text,
});
export const ticketDetailsResponseSchema = z.looseObject({
  ticket: z.looseObject({
    date: text,
    ticket_number: id,
    name: optionalText,
    email: optionalText,
    subject: text,
    body: text,
    status: text,
    client_read: flag.optional(),
    deptname: optionalText,
  }),
  replies: z.array(ticketReplySchema).default([]),
});

export const departmentSchema = z.looseObject({ id, name: text, description: optionalText });
/** Undocumented answer: `{departments: [...]}` (the simulator's), `{depts: [...]}` or a bare list. */
export const departmentsResponseSchema = z.union([
  z.looseObject({ departments: z.array(departmentSchema) }).transform((data) => data.departments),
  z.looseObject({ depts: z.array(departmentSchema) }).transform((data) => data.depts),
  z.array(departmentSchema),
]);

// ---- output types ----------------------------------------------------------------------------------------------

export type HostbillClientDetails = z.output<typeof clientDetailsSchema>;
export type HostbillBalance = z.output<typeof balanceSchema>;
export type HostbillInvoiceSummary = z.output<typeof invoiceSummarySchema>;
export type HostbillInvoice = z.output<typeof invoiceDetailsSchema>;
export type HostbillTicketSummary = z.output<typeof ticketSummarySchema>;
export type HostbillTicketDetails = z.output<typeof ticketDetailsResponseSchema>;
export type HostbillDepartment = z.output<typeof departmentSchema>;
