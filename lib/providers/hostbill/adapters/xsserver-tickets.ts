import type { TicketsAdapter } from "@/lib/capabilities/tickets/adapter";

import type { XsserverClient } from "../xsserver-client";
import { hostbillDepartments, hostbillThread, hostbillTicket } from "./hostbill-ticket-mapping";

/** XSServer's support desk: HostBill's tickets, replies and departments. */
export function xsserverTicketsAdapter(client: XsserverClient): TicketsAdapter {
  return {
    list: async () => (await client.listTickets()).map(hostbillTicket),
    thread: async (ticketNumber) => hostbillThread(await client.getTicket({ ticketNumber })),
    departments: async () => hostbillDepartments(await client.listTicketDepartments()),
    open: (ticket) => client.createTicket({ deptId: ticket.departmentId, subject: ticket.subject, body: ticket.body }),
    async reply(ticketNumber, body) {
      await client.replyToTicket({ ticketNumber, body });
    },
    async close(ticketNumber) {
      await client.closeTicket({ ticketNumber });
    },
    async reopen(ticketNumber) {
      await client.reopenTicket({ ticketNumber });
    },
  };
}
