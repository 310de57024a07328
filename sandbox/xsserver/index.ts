import { Hono } from "hono";

import { createSandboxApp, type Sandbox } from "../core/app";
import { silentDiscard } from "../core/faults";
import { requireClient } from "./auth";
import { mountControlRoutes } from "./control";
import type { XsserverEnv } from "./env";
import { fail, readParams } from "./request";
import { mountAccountRoutes } from "./routes/account";
import { mountInvoiceRoutes } from "./routes/invoices";
import { mountPduRoutes } from "./routes/pdu";
import { mountServiceRoutes } from "./routes/services";
import { mountSessionRoutes } from "./routes/session";
import { mountTicketRoutes } from "./routes/tickets";
import { XsserverState } from "./state";

/**
 * XSServer GmbH's client API (HostBill User API) under /api: HTTP Basic or JWT login, details, balance,
 * invoices, tickets, service IPs, reverse DNS and PDU outlets. Seeded account: demo@example.com / demo-pass.
 */
export function createXsserverSandbox(): Sandbox {
  return createSandboxApp(
    "xsserver",
    (app) => {
      const state = new XsserverState();
      const api = new Hono<XsserverEnv>();
      api.use("*", readParams());
      mountSessionRoutes(api, state);
      const authenticated = new Hono<XsserverEnv>();
      authenticated.use("*", requireClient(state));
      mountAccountRoutes(authenticated, state);
      mountInvoiceRoutes(authenticated, state);
      mountTicketRoutes(authenticated, state);
      mountServiceRoutes(authenticated, state);
      mountPduRoutes(authenticated, state);
      authenticated.all("*", (c) => fail(c, 404, "Route not found"));
      api.route("/", authenticated);
      mountControlRoutes(app, state);
      app.route("/api", api);
      app.all("*", (c) => c.json({ error: ["Route not found"] }, 404));
      return { reset: () => state.reset() };
    },
    { overLimit: silentDiscard },
  );
}
