import { defineProvider } from "../core/types";
import { ipmoduleNetworkAdapter } from "./adapters/network";
import { ipmoduleRdnsAdapter } from "./adapters/rdns";
import { createIpmoduleClient } from "./client";
import { ipmoduleProvider } from "./definition";
import { ipmoduleReadPolicy } from "./read-policy";

export const ipmoduleModule = defineProvider({
  definition: ipmoduleProvider,
  createClient: createIpmoduleClient,
  readPolicy: ipmoduleReadPolicy,
  adapters: {
    network: ipmoduleNetworkAdapter,
    rdns: ipmoduleRdnsAdapter,
  },
});
