import { defineProvider } from "../core/types";
import { xtreamIptvAdapter } from "./adapters/iptv";
import { createXtreamClient } from "./client";
import { xtreamProvider } from "./definition";
import { xtreamReadPolicy } from "./read-policy";

export const xtreamModule = defineProvider({
  definition: xtreamProvider,
  createClient: createXtreamClient,
  readPolicy: xtreamReadPolicy,
  adapters: {
    iptv: xtreamIptvAdapter,
  },
});
