import { defineReadPolicy } from "../core/read-cache/policy";
import type { XsserverClient } from "./xsserver-client";

/** Which XSServer calls are reads, how long each may be reused, and what each change makes stale. */
export const xsserverReadPolicy = defineReadPolicy<XsserverClient>({
  reads: {
    // Session calls are neither cached nor changes of the account's data.
    login: "never",
    logout: "never",
    refreshToken: "never",
    revokeToken: "never",
    getDetails: "detail",
    getBalance: "detail",
    listInvoices: "list",
    // A paid invoice never changes again; an open one may at any time.
    getInvoice: (invoice) => ((invoice as { status?: string }).status?.toLowerCase() === "paid" ? "stable" : "detail"),
    listTickets: "list",
    listTicketDepartments: "catalogue",
    listServiceIps: "detail",
    getReverseDns: "detail",
    listPduPorts: "detail",
    getPduPortState: "task",
  },
  invalidates: {
    // Not a cached read: reading a ticket marks the provider's answers as read, which the ticket list must show.
    getTicket: ["listTickets"],
    createTicket: ["listTickets"],
    replyToTicket: ["listTickets"],
    reopenTicket: ["listTickets"],
    closeTicket: ["listTickets"],
    updateReverseDns: ["getReverseDns"],
    setPduPortPower: ["listPduPorts", "getPduPortState"],
  },
});
