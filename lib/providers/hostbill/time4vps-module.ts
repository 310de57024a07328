import { defineProvider } from "../core/types";
import { time4vpsAccountsAdapter } from "./adapters/time4vps-accounts";
import { time4vpsBillingAdapter } from "./adapters/time4vps-billing";
import { time4vpsDnsAdapter } from "./adapters/time4vps-dns";
import { time4vpsRdnsAdapter } from "./adapters/time4vps-rdns";
import { time4vpsServersAdapter } from "./adapters/time4vps-servers";
import { time4vpsServicesAdapter } from "./adapters/time4vps-services";
import { time4vpsProvider } from "./definition";
import { createTime4vpsClient } from "./time4vps-client";
import { time4vpsReadPolicy } from "./time4vps-read-policy";

export const time4vpsModule = defineProvider({
  definition: time4vpsProvider,
  createClient: createTime4vpsClient,
  readPolicy: time4vpsReadPolicy,
  adapters: {
    services: time4vpsServicesAdapter,
    servers: time4vpsServersAdapter,
    dns: time4vpsDnsAdapter,
    rdns: time4vpsRdnsAdapter,
    billing: time4vpsBillingAdapter,
    accounts: time4vpsAccountsAdapter,
  },
});
