import { defineProvider } from "../core/types";
import { xsserverRdnsAdapter } from "./adapters/xsserver-rdns";
import { xsserverServicesAdapter } from "./adapters/xsserver-services";
import { xsserverProvider } from "./definition";
import { createXsserverClient } from "./xsserver-client";
import { xsserverReadPolicy } from "./xsserver-read-policy";

export const xsserverModule = defineProvider({
  definition: xsserverProvider,
  createClient: createXsserverClient,
  readPolicy: xsserverReadPolicy,
  endSession: (client) => client.endSession(),
  adapters: {
    services: xsserverServicesAdapter,
    rdns: xsserverRdnsAdapter,
    billing: () => ({}),
    tickets: () => ({}),
    accounts: () => ({}),
  },
});
