/** Provider-neutral support shapes (XSServer is the one ticket provider today). */

export interface TicketRow {
  connectionId: string;
  connectionLabel: string;
  number: string;
  subject: string;
  department: string;
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
  closed: boolean;
  /** Open and the provider answered (or left an unread message): the team's move. */
  waitingForTeam: boolean;
}

export interface ThreadMessage {
  id: string;
  author: string;
  date: string;
  body: string;
  from: "staff" | "client";
}

export interface TicketThread {
  number: string;
  subject: string;
  department: string;
  status: string;
  closed: boolean;
  messages: ThreadMessage[];
}

export interface Department {
  id: string;
  name: string;
  description: string;
}
