/**
 * XSServer (HostBill User API) request and response shapes. The shapes it shares with Time4VPS (client,
 * balance, invoices, tickets) are HostBill's own and live in hostbill-schemas.ts. Shapes the document does not
 * show (departments, IPs, rDNS, PDU) accept each plausible layout and normalise it; see README "XSServer".
 */
import ipaddr from "ipaddr.js";
import { z } from "zod";

import {
  flag,
  id,
  optionalText,
  type HostbillBalance,
  type HostbillClientDetails,
  type HostbillDepartment,
  type HostbillInvoice,
  type HostbillInvoiceSummary,
  type HostbillTicketDetails,
  type HostbillTicketSummary,
} from "./hostbill-schemas";

export {
  balanceResponseSchema,
  departmentsResponseSchema,
  detailsResponseSchema,
  invoiceDetailsResponseSchema,
  invoiceListResponseSchema,
  ticketDetailsResponseSchema,
  ticketListResponseSchema,
} from "./hostbill-schemas";

// ---- building blocks -------------------------------------------------------------------------------------------

const statusTrue = z.looseObject({ status: z.literal(true) });

const positiveInt = (label: string) =>
  z.coerce
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .positive(`${label} must be positive`)
    .max(Number.MAX_SAFE_INTEGER);

const HOSTNAME = /^(?=.{1,253}\.?$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]\.?$/i;

// ---- inputs -----------------------------------------------------------------------------------------------------

export const serviceInputSchema = z.object({ serviceId: positiveInt("Service id") });
export const pduPortInputSchema = serviceInputSchema.extend({ portId: positiveInt("Port id") });
export const setPduPowerInputSchema = pduPortInputSchema.extend({
  power: z.boolean({ error: "Power must be true (on) or false (off)" }),
});
export const invoiceInputSchema = z.object({ invoiceId: positiveInt("Invoice id") });
export const ticketInputSchema = z.object({ ticketNumber: positiveInt("Ticket number") });

const messageBody = z.string().trim().min(1, "The message is required").max(65_535, "The message is too long");
export const createTicketInputSchema = z.object({
  deptId: positiveInt("Department id"),
  subject: z.string().trim().min(1, "The subject is required").max(255, "The subject is too long (255 characters at most)"),
  body: messageBody,
});
export const replyTicketInputSchema = ticketInputSchema.extend({ body: messageBody });

export const refreshTokenInputSchema = z.object({ refreshToken: z.string().trim().min(1, "The refresh token is required").optional() }).optional();

/** IP → hostname; an empty hostname removes the PTR record. */
export const updateRdnsInputSchema = serviceInputSchema.extend({
  entries: z
    .record(
      z
        .string()
        .trim()
        .refine((value) => ipaddr.isValid(value), "Not an IP address"),
      z
        .string()
        .trim()
        .refine((value) => value === "" || HOSTNAME.test(value), "Not a valid hostname"),
    )
    .refine((entries) => Object.keys(entries).length > 0, "Give at least one IP address and hostname")
    .refine((entries) => Object.keys(entries).length <= 256, "At most 256 entries per call"),
});

export type ServiceInput = z.input<typeof serviceInputSchema>;
export type PduPortInput = z.input<typeof pduPortInputSchema>;
export type SetPduPowerInput = z.input<typeof setPduPowerInputSchema>;
export type InvoiceInput = z.input<typeof invoiceInputSchema>;
export type TicketInput = z.input<typeof ticketInputSchema>;
export type CreateTicketInput = z.input<typeof createTicketInputSchema>;
export type ReplyTicketInput = z.input<typeof replyTicketInputSchema>;
export type RefreshTokenInput = z.input<typeof refreshTokenInputSchema>;
export type UpdateRdnsInput = z.input<typeof updateRdnsInputSchema>;

// ---- session ----------------------------------------------------------------------------------------------------

export const tokenPairSchema = z.looseObject({ token: z.string().min(1), refresh: z.string().min(1) });
export const statusResponseSchema = statusTrue;

// ---- support ----------------------------------------------------------------------------------------------------

export const createTicketResponseSchema = z.looseObject({ ticket: id });
export const replyTicketResponseSchema = z.looseObject({ info: z.array(z.string()).default([]) });

// ---- services: IPs, reverse DNS, PDU ----------------------------------------------------------------------------

const serviceIpObject = z.looseObject({
  ipaddress: z.string().min(1),
  type: optionalText,
  netmask: optionalText,
  gateway: optionalText,
  main: flag.optional(),
});
export const serviceIpSchema = z.union([
  serviceIpObject,
  // A bare address, as Time4VPS's `/ips` lists them.
  z
    .string()
    .min(1)
    .transform((ipaddress): z.output<typeof serviceIpObject> => ({ ipaddress, type: ipaddress.includes(":") ? "IPv6" : "IPv4" })),
]);
/** Undocumented answer: `{ips: [...]}` (the simulator's), or a bare list. */
export const serviceIpsResponseSchema = z.union([z.looseObject({ ips: z.array(serviceIpSchema) }).transform((data) => data.ips), z.array(serviceIpSchema)]);

export const rdnsEntrySchema = z.looseObject({
  ipaddress: z.string().min(1),
  hostname: z
    .string()
    .nullable()
    .transform((value) => value ?? ""),
});
const rdnsMap = z
  .record(z.string(), z.string().nullable())
  .transform((map) => Object.entries(map).map(([ipaddress, hostname]) => ({ ipaddress, hostname: hostname ?? "" })));
/** Undocumented answer: `{rdns: [{ipaddress, hostname}]}` (the simulator's), or `{rdns: {ip: hostname}}`. */
export const rdnsResponseSchema = z.looseObject({ rdns: z.union([z.array(rdnsEntrySchema), rdnsMap]) }).transform((data) => data.rdns);
export const updateRdnsResponseSchema = z.looseObject({
  success: z.boolean().optional(),
  status: z.boolean().optional(),
  info: z.array(z.string()).optional(),
  rdns: z.union([z.array(rdnsEntrySchema), rdnsMap]).optional(),
});

const pduPortObject = z
  .looseObject({
    id,
    name: optionalText,
    pdu: optionalText,
    outlet: id.optional(),
    power: flag.optional(),
    state: flag.optional(),
  })
  .refine((port) => port.power !== undefined || port.state !== undefined, "power state missing")
  .transform(({ power, state, ...port }) => ({ ...port, power: (power ?? state) === true }));
export const pduPortSchema = pduPortObject;
/** Undocumented answer: `{ports: [...]}` (the simulator's), `{pdu: [...]}` or a bare list. */
export const pduPortsResponseSchema = z.union([
  z.looseObject({ ports: z.array(pduPortObject) }).transform((data) => data.ports),
  z.looseObject({ pdu: z.array(pduPortObject) }).transform((data) => data.pdu),
  z.array(pduPortObject),
]);
/** Undocumented answer: `{port: {...}}` (the simulator's) or the port object itself. */
export const pduPortStateResponseSchema = z.union([z.looseObject({ port: pduPortObject }).transform((data) => data.port), pduPortObject]);
export const setPduPowerResponseSchema = z
  .looseObject({ status: z.boolean().optional(), success: z.boolean().optional(), port: pduPortObject.optional() })
  .refine((data) => data.status === true || data.success === true, "the provider did not confirm the change");

// ---- output types -----------------------------------------------------------------------------------------------

export type XsserverTokenPair = z.output<typeof tokenPairSchema>;
export type XsserverClientDetails = HostbillClientDetails;
export type XsserverBalance = HostbillBalance;
export type XsserverInvoiceSummary = HostbillInvoiceSummary;
export type XsserverInvoice = HostbillInvoice;
export type XsserverTicketSummary = HostbillTicketSummary;
export type XsserverTicketDetails = HostbillTicketDetails;
export type XsserverDepartment = HostbillDepartment;
export type XsserverServiceIp = z.output<typeof serviceIpSchema>;
export type XsserverRdnsEntry = z.output<typeof rdnsEntrySchema>;
export type XsserverPduPort = z.output<typeof pduPortSchema>;
