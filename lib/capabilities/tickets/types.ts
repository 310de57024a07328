/** Provider-neutral support shapes (every ticket provider maps onto them); plain data. */

/** A ticket as the provider lists it: its facts only (what waits for the team is decided in ticket-rules). */
export interface ProviderTicket {
  number: string;
  subject: string;
  department: string;
  /** The provider's own word (Open, Answered, Closed…). */
  status: string;
  /** "YYYY-MM-DD HH:MM:SS" as the provider wrote it. */
  lastUpdate: string;
  /**
   * "reply" when the provider's list names the last reply; "opened" when it only gives the opening date
   * (XSServer's list), since reading each ticket to find its last reply would mark it read at the provider.
   */
  lastUpdateFrom: "reply" | "opened";
  /** A staff answer the team has not opened yet. */
  unread: boolean;
}

export interface TicketRow extends ProviderTicket {
  connectionId: string;
  connectionLabel: string;
  closed: boolean;
  /** Open and the provider answered (or left an unread message): the team's move. */
  waitingForTeam: boolean;
}

export interface ThreadMessage {
  id: string;
  author: string;
  date: string;
  /** Plain text with LF line breaks; never markup. */
  body: string;
  from: "staff" | "client";
}

/** One ticket as the provider describes it: the opening message, then the replies in the provider's order. */
export interface ProviderTicketThread {
  number: string;
  subject: string;
  department: string;
  status: string;
  opening: ThreadMessage;
  replies: ThreadMessage[];
}

export interface TicketThread {
  number: string;
  subject: string;
  department: string;
  status: string;
  closed: boolean;
  /** The opening message, then every reply oldest first. */
  messages: ThreadMessage[];
}

export interface Department {
  id: string;
  name: string;
  description: string;
}

export interface NewTicket {
  departmentId: string;
  subject: string;
  body: string;
}
