import { defineProvider } from "../core/types";
import { x4bProxiesAdapter } from "./adapters/proxies";
import { createX4bClient } from "./client";
import { x4bProvider } from "./definition";
import { x4bReadPolicy } from "./read-policy";

export const x4bModule = defineProvider({
  definition: x4bProvider,
  createClient: createX4bClient,
  readPolicy: x4bReadPolicy,
  adapters: {
    proxies: x4bProxiesAdapter,
  },
});
