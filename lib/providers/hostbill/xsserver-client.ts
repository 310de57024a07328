/**
 * XSServer GmbH client API (HostBill User API), one method per documented call, on the shared HostBill core
 * (Basic on every request, or JWT login → `Authorization: Bearer`, cached per connection and renewed once).
 * The four session calls (login, token, revoke; logout) are exposed as well, and keep the core's cache in step.
 */
import type { z } from "zod";

import { ProviderError } from "../core/errors";
import { parseInput } from "../core/input";
import { parseJsonText, parseProviderData } from "../core/parse";
import type { ConnectionContext, TestConnectionResult } from "../core/types";
import { hostbillError, hostbillErrorMessages, redact } from "./error-mapping";
import { cachedSession, credentialFingerprint, forgetSession, jwtExpiry, storeSession } from "./token-session";
import { createHostbillCore, segment, xsserverPreset, type HostbillCredentials } from "./transport";
import {
  balanceResponseSchema,
  createTicketInputSchema,
  createTicketResponseSchema,
  departmentsResponseSchema,
  detailsResponseSchema,
  invoiceDetailsResponseSchema,
  invoiceInputSchema,
  invoiceListResponseSchema,
  pduPortInputSchema,
  pduPortsResponseSchema,
  pduPortStateResponseSchema,
  rdnsResponseSchema,
  refreshTokenInputSchema,
  replyTicketInputSchema,
  replyTicketResponseSchema,
  serviceInputSchema,
  serviceIpsResponseSchema,
  setPduPowerInputSchema,
  setPduPowerResponseSchema,
  statusResponseSchema,
  ticketDetailsResponseSchema,
  ticketInputSchema,
  ticketListResponseSchema,
  tokenPairSchema,
  updateRdnsInputSchema,
  updateRdnsResponseSchema,
  type CreateTicketInput,
  type InvoiceInput,
  type PduPortInput,
  type RefreshTokenInput,
  type ReplyTicketInput,
  type ServiceInput,
  type SetPduPowerInput,
  type TicketInput,
  type UpdateRdnsInput,
  type XsserverTokenPair,
} from "./xsserver-schemas";

export type XsserverCredentials = HostbillCredentials;
export type XsserverClient = ReturnType<typeof createXsserverClient>;

export function createXsserverClient(context: ConnectionContext<XsserverCredentials>) {
  const core = createHostbillCore(context, xsserverPreset);
  const { connectionId, credentials, transport } = context;
  const fingerprint = credentialFingerprint(credentials.username, credentials.password);
  const currentSession = () => cachedSession(connectionId, fingerprint);

  /** Login, refresh and revoke-by-refresh-token carry no Authorization header, so they bypass the core's auth. */
  async function sessionCall<S extends z.ZodType>(path: string, body: Record<string, string>, schema: S, what: string) {
    const session = currentSession();
    const secrets = [credentials.password, body.refresh_token ?? "", session?.token ?? "", session?.refresh ?? ""].filter(Boolean);
    const response = await transport.request({ method: "POST", path, body: { type: "json", value: body }, idempotent: false });
    const { status, text } = response;
    if (text.trim() === "") {
      if (status >= 500) throw new ProviderError("upstream-down", { status, providerMessage: `HTTP ${status} with an empty answer` });
      if (status === 401 || status === 403) throw new ProviderError("auth", { status });
      throw new ProviderError("rate-limited", {
        status,
        providerMessage: "XSServer sent an empty answer (HostBill discards requests over the API rate limit)",
      });
    }
    if (status === 429) throw hostbillError(status, [], secrets);
    const json = parseJsonText(text, status);
    const messages = hostbillErrorMessages(json);
    if (messages.length > 0 || status >= 400) throw hostbillError(status, messages, secrets);
    try {
      return parseProviderData(schema, json, what);
    } catch (error) {
      // A shape error message may quote the answer; the answer may hold a token.
      if (error instanceof ProviderError && error.providerMessage) {
        throw new ProviderError(error.kind, { providerMessage: redact(error.providerMessage, secrets), status });
      }
      throw error;
    }
  }

  function remember(pair: XsserverTokenPair): void {
    storeSession(connectionId, fingerprint, { token: pair.token, refresh: pair.refresh, expiresAt: jwtExpiry(pair.token) });
  }

  return {
    // ---- Clientarea -------------------------------------------------------------------------------------------

    /** POST /login → a new {token, refresh} pair; it becomes this connection's session. */
    async login(): Promise<XsserverTokenPair> {
      const pair = await sessionCall("/login", { username: credentials.username, password: credentials.password }, tokenPairSchema, "XSServer login answer");
      remember(pair);
      return pair;
    },

    /** POST /logout: invalidates the current token (token mode) or just confirms (Basic mode). */
    async logout(): Promise<{ status: true }> {
      if (core.authMode === "token" && !currentSession()) return { status: true };
      try {
        return await core.post("/logout", statusResponseSchema, {});
      } finally {
        forgetSession(connectionId);
      }
    },

    /** POST /token: trades a refresh token (default: this connection's) for a new pair. A refresh token works once. */
    async refreshToken(input?: RefreshTokenInput): Promise<XsserverTokenPair> {
      const given = parseInput(refreshTokenInputSchema, input)?.refreshToken;
      const session = currentSession();
      const refresh = given ?? session?.refresh;
      if (!refresh) {
        throw new ProviderError("invalid-input", { providerMessage: "No refresh token: log in first or pass one", field: "refreshToken" });
      }
      const pair = await sessionCall("/token", { refresh_token: refresh }, tokenPairSchema, "XSServer token answer");
      if (session && refresh === session.refresh) remember(pair);
      return pair;
    },

    /**
     * POST /revoke: invalidates a token pair by its refresh token (default: this connection's, then forgotten; the
     * document says both tokens die). `revoked: false` when there was no pair to revoke and nothing was sent.
     */
    async revokeToken(input?: RefreshTokenInput): Promise<{ status: true; revoked: boolean }> {
      const given = parseInput(refreshTokenInputSchema, input)?.refreshToken;
      const session = currentSession();
      const refresh = given ?? session?.refresh;
      if (!refresh) return { status: true, revoked: false };
      const result = await sessionCall("/revoke", { refresh_token: refresh }, statusResponseSchema, "XSServer revoke answer");
      if (session && refresh === session.refresh) forgetSession(connectionId);
      return { ...result, revoked: true };
    },

    /** GET /details: the account's registration details. */
    async getDetails() {
      return (await core.get("/details", detailsResponseSchema)).client;
    },

    // ---- Billing ----------------------------------------------------------------------------------------------

    /** GET /balance: unpaid invoices total and credit, in the account currency. */
    async getBalance() {
      return (await core.get("/balance", balanceResponseSchema)).details;
    },

    /** GET /invoice */
    async listInvoices() {
      return (await core.get("/invoice", invoiceListResponseSchema)).invoices;
    },

    /** GET /invoice/@id */
    async getInvoice(input: InvoiceInput) {
      const { invoiceId } = parseInput(invoiceInputSchema, input);
      return (await core.get(`/invoice/${segment(invoiceId)}`, invoiceDetailsResponseSchema)).invoice;
    },

    // ---- Support ----------------------------------------------------------------------------------------------

    /** GET /tickets */
    async listTickets() {
      return (await core.get("/tickets", ticketListResponseSchema)).tickets;
    },

    /** GET /tickets/@number: the ticket and all replies, oldest first. */
    async getTicket(input: TicketInput) {
      const { ticketNumber } = parseInput(ticketInputSchema, input);
      return core.get(`/tickets/${segment(ticketNumber)}`, ticketDetailsResponseSchema);
    },

    /** POST /tickets → the new ticket's number. */
    async createTicket(input: CreateTicketInput): Promise<{ ticketNumber: string }> {
      const { deptId, subject, body } = parseInput(createTicketInputSchema, input);
      const result = await core.post("/tickets", createTicketResponseSchema, { dept_id: deptId, subject, body });
      return { ticketNumber: result.ticket };
    },

    /** POST /tickets/@number */
    async replyToTicket(input: ReplyTicketInput) {
      const { ticketNumber, body } = parseInput(replyTicketInputSchema, input);
      return core.post(`/tickets/${segment(ticketNumber)}`, replyTicketResponseSchema, { body });
    },

    /** PUT /tickets/@number/open: tries to re-open a closed ticket. */
    async reopenTicket(input: TicketInput): Promise<{ status: true }> {
      const { ticketNumber } = parseInput(ticketInputSchema, input);
      return core.put(`/tickets/${segment(ticketNumber)}/open`, statusResponseSchema, {});
    },

    /** PUT /tickets/@number/close */
    async closeTicket(input: TicketInput): Promise<{ status: true }> {
      const { ticketNumber } = parseInput(ticketInputSchema, input);
      return core.put(`/tickets/${segment(ticketNumber)}/close`, statusResponseSchema, {});
    },

    /** GET /ticket/departments */
    async listTicketDepartments() {
      return core.get("/ticket/departments", departmentsResponseSchema);
    },

    // ---- Services ---------------------------------------------------------------------------------------------

    /** GET /service/@id/ip */
    async listServiceIps(input: ServiceInput) {
      const { serviceId } = parseInput(serviceInputSchema, input);
      return core.get(`/service/${segment(serviceId)}/ip`, serviceIpsResponseSchema);
    },

    /** GET /service/@id/rdns */
    async getReverseDns(input: ServiceInput) {
      const { serviceId } = parseInput(serviceInputSchema, input);
      return core.get(`/service/${segment(serviceId)}/rdns`, rdnsResponseSchema);
    },

    /** POST /service/@id/rdns with `{ipaddress: {ip: hostname}}`; an empty hostname removes the record. */
    async updateReverseDns(input: UpdateRdnsInput) {
      const { serviceId, entries } = parseInput(updateRdnsInputSchema, input);
      // A change: sent once. Repeating it after an outage is the caller's decision (it knows what was asked).
      return core.post(`/service/${segment(serviceId)}/rdns`, updateRdnsResponseSchema, { ipaddress: entries });
    },

    /** GET /service/@id/pdu: outlets feeding the service, each with its power state. */
    async listPduPorts(input: ServiceInput) {
      const { serviceId } = parseInput(serviceInputSchema, input);
      return core.get(`/service/${segment(serviceId)}/pdu`, pduPortsResponseSchema);
    },

    /** GET /service/@id/pdu/@port */
    async getPduPortState(input: PduPortInput) {
      const { serviceId, portId } = parseInput(pduPortInputSchema, input);
      return core.get(`/service/${segment(serviceId)}/pdu/${segment(portId)}`, pduPortStateResponseSchema);
    },

    /** POST /service/@id/pdu/@port with `{power: true|false}` (JSON boolean, as the document types it). */
    async setPduPortPower(input: SetPduPowerInput) {
      const { serviceId, portId, power } = parseInput(setPduPowerInputSchema, input);
      // A change: sent once, never retried by the transport (a power switch repeated under a 503 is not harmless).
      return core.post(`/service/${segment(serviceId)}/pdu/${segment(portId)}`, setPduPowerResponseSchema, { power });
    },
  };
}

/** The cheapest authenticated read: GET /details. */
export async function xsserverTestConnection(context: ConnectionContext<XsserverCredentials>): Promise<TestConnectionResult> {
  const client = await createXsserverClient(context).getDetails();
  return { detail: `Signed in as ${client.email}` };
}
