import { defineProvider } from "../core/types";
import { xsserverAccountsAdapter } from "./adapters/xsserver-accounts";
import { xsserverBillingAdapter } from "./adapters/xsserver-billing";
import { xsserverRdnsAdapter } from "./adapters/xsserver-rdns";
import { xsserverServicesAdapter } from "./adapters/xsserver-services";
import { xsserverTicketsAdapter } from "./adapters/xsserver-tickets";
import { xsserverProvider } from "./definition";
import { createXsserverClient } from "./xsserver-client";
import { xsserverReadPolicy } from "./xsserver-read-policy";

export const xsserverModule = defineProvider({
  definition: xsserverProvider,
  createClient: createXsserverClient,
  readPolicy: xsserverReadPolicy,
  // Revoke Token for the pair the connection holds (the document says both tokens die); nothing held, nothing sent.
  endSession: async (client) => ({ revoked: (await client.revokeToken()).revoked }),
  adapters: {
    services: xsserverServicesAdapter,
    rdns: xsserverRdnsAdapter,
    billing: xsserverBillingAdapter,
    tickets: xsserverTicketsAdapter,
    accounts: xsserverAccountsAdapter,
  },
});
