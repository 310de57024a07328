/** HostBill's ticket answers read into the provider-neutral support shapes. Pure. */
import { normalizeLineBreaks } from "@/lib/capabilities/tickets/ticket-rules";
import type { Department, ProviderTicket, ProviderTicketThread, ThreadMessage } from "@/lib/capabilities/tickets/types";

import type { HostbillDepartment, HostbillTicketDetails, HostbillTicketSummary } from "../hostbill-schemas";

const department = (name: string | null | undefined) => name?.trim() || "—";

/** The list names the last reply only in some HostBill versions (`lastreply`); otherwise the opening date is all there is. */
export function hostbillTicket(ticket: HostbillTicketSummary): ProviderTicket {
  const lastReply = typeof ticket.lastreply === "string" && ticket.lastreply.trim() ? ticket.lastreply.trim() : null;
  return {
    number: ticket.ticket_number,
    subject: ticket.subject,
    department: department(ticket.deptname),
    status: ticket.status,
    lastUpdate: lastReply ?? ticket.date,
    lastUpdateFrom: lastReply ? "reply" : "opened",
    unread: ticket.client_read === false,
  };
}

/** The opening message is the account holder's; each reply is staff ("Admin") or the account holder ("Client"). */
export function hostbillThread(detail: HostbillTicketDetails): ProviderTicketThread {
  const { ticket } = detail;
  const opening: ThreadMessage = {
    id: `ticket-${ticket.ticket_number}`,
    author: ticket.name?.trim() || "You",
    date: ticket.date,
    body: normalizeLineBreaks(ticket.body),
    from: "client",
  };
  const replies = detail.replies.map((reply): ThreadMessage => {
    const staff = reply.type.trim().toLowerCase() === "admin";
    return {
      id: reply.id,
      author: reply.name?.trim() || (staff ? "Support" : "You"),
      date: reply.date,
      body: normalizeLineBreaks(reply.body),
      from: staff ? "staff" : "client",
    };
  });
  return { number: ticket.ticket_number, subject: ticket.subject, department: department(ticket.deptname), status: ticket.status, opening, replies };
}

export function hostbillDepartments(departments: HostbillDepartment[]): Department[] {
  return departments.map((dept) => ({ id: dept.id, name: dept.name, description: dept.description?.trim() ?? "" }));
}
