import { Hono } from "hono";

import { createSandboxApp, type Sandbox } from "../core/app";
import { silentDiscard } from "../core/faults";
import { basicAuth } from "./auth";
import { mountControlRoutes } from "./control";
import { mountGraphImages } from "./graphs";
import { BadBody, hostbillError, type ApiEnv } from "./http";
import { mountAccountRoutes } from "./routes-account";
import { mountBillingRoutes } from "./routes-billing";
import { mountCartRoutes } from "./routes-cart";
import { mountCertificateRoutes } from "./routes-certificates";
import { mountDnsRoutes } from "./routes-dns";
import { mountServerRoutes } from "./routes-servers";
import { mountServiceRoutes } from "./routes-services";
import { mountVpnRoutes } from "./routes-vpn";
import { Time4vpsStore } from "./store";

/**
 * Time4VPS client API (HostBill) simulator under /api. The API lives in its own non-strict Hono app so
 * `/api/server/` and `/api/server` are the same call, as Time4VPS's PHP library sends both forms.
 */
export function createTime4vpsSandbox(): Sandbox {
  return createSandboxApp(
    "time4vps",
    (app) => {
      const store = new Time4vpsStore();
      const api = new Hono<ApiEnv>({ strict: false }).basePath("/api");
      api.use(
        "*",
        basicAuth(() => store.data),
      );
      mountAccountRoutes(api, store);
      mountBillingRoutes(api, store);
      mountServiceRoutes(api, store);
      mountCartRoutes(api, store);
      mountDnsRoutes(api, store);
      mountCertificateRoutes(api, store);
      mountServerRoutes(api, store);
      mountVpnRoutes(api, store);
      api.notFound((c) => hostbillError(c, 404, "Invalid API method"));
      api.onError((error, c) => (error instanceof BadBody ? hostbillError(c, 400, error.message) : hostbillError(c, 500, "Internal error")));

      mountControlRoutes(app, store);
      mountGraphImages(app);
      const forward = (c: { req: { raw: Request }; get(key: "forceExpiredCredentials" | "failTask"): boolean }) =>
        api.fetch(c.req.raw, { forceExpiredCredentials: c.get("forceExpiredCredentials"), failTask: c.get("failTask") });
      app.all("/api", forward);
      app.all("/api/*", forward);
      return { reset: () => store.reset() };
    },
    { overLimit: silentDiscard },
  );
}
