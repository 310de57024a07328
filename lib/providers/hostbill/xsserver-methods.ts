import type { XsserverClient } from "./xsserver-client";

/** Every method in the XSServer document's list, by its title there, and the client function that calls it. */
export const documentedMethods = [
  { doc: "Login", client: "login" },
  { doc: "Logout", client: "logout" },
  { doc: "Refresh Token", client: "refreshToken" },
  { doc: "Revoke Token", client: "revokeToken" },
  { doc: "User Details", client: "getDetails" },
  { doc: "Account balance", client: "getBalance" },
  { doc: "List Invoices", client: "listInvoices" },
  { doc: "Invoice Details", client: "getInvoice" },
  { doc: "List Tickets", client: "listTickets" },
  { doc: "Ticket details", client: "getTicket" },
  { doc: "Create Ticket", client: "createTicket" },
  { doc: "Create Reply", client: "replyToTicket" },
  { doc: "Re-open ticket", client: "reopenTicket" },
  { doc: "Close ticket", client: "closeTicket" },
  { doc: "List ticket departments", client: "listTicketDepartments" },
  { doc: "IP Addresses", client: "listServiceIps" },
  { doc: "Reverse DNS", client: "getReverseDns" },
  { doc: "Update rDNS", client: "updateReverseDns" },
  { doc: "PDU ports", client: "listPduPorts" },
  { doc: "PDU Port state", client: "getPduPortState" },
  { doc: "Set PDU port status", client: "setPduPortPower" },
] as const satisfies readonly { doc: string; client: keyof XsserverClient }[];
