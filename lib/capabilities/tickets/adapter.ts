import type { Department, NewTicket, ProviderTicket, ProviderTicketThread } from "./types";

/**
 * What a provider kind implements to offer its support desk (lib/providers/<kind>/adapters/). Provider-neutral:
 * the domain gets one per connection through lib/capabilities/core/connections and never sees a client.
 */
export interface TicketsAdapter {
  list(): Promise<ProviderTicket[]>;
  /** One ticket with its replies; reading it may mark the provider's answers as read, as its own client area does. */
  thread(ticketNumber: string): Promise<ProviderTicketThread>;
  departments(): Promise<Department[]>;
  /** Opens a ticket; never retried, so a lost answer cannot open it twice. */
  open(ticket: NewTicket): Promise<{ ticketNumber: string }>;
  reply(ticketNumber: string, body: string): Promise<void>;
  close(ticketNumber: string): Promise<void>;
  reopen(ticketNumber: string): Promise<void>;
}
