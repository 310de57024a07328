import { defineProvider } from "../core/types";
import { createIpmoduleClient } from "./client";
import { ipmoduleProvider } from "./definition";
import { ipmoduleReadPolicy } from "./read-policy";

export const ipmoduleModule = defineProvider({
  definition: ipmoduleProvider,
  createClient: createIpmoduleClient,
  readPolicy: ipmoduleReadPolicy,
  adapters: {
    network: () => ({}),
    rdns: () => ({}),
  },
});
