import type { Sandbox } from "./core/app";
import { createIpmoduleSandbox } from "./ipmodule";
import { createTime4vpsSandbox } from "./time4vps";
import { createX4bSandbox } from "./x4b";
import { createXsserverSandbox } from "./xsserver";
import { createXtreamSandbox } from "./xtream";

/** Each simulator, its default loopback port, the env var that moves it, and the path its API lives under. */
export const sandboxKinds = {
  x4b: { create: createX4bSandbox, port: 4101, portEnv: "SANDBOX_X4B_PORT", basePath: "/api" },
  xtream: { create: createXtreamSandbox, port: 4102, portEnv: "SANDBOX_XTREAM_PORT", basePath: "" },
  time4vps: { create: createTime4vpsSandbox, port: 4103, portEnv: "SANDBOX_TIME4VPS_PORT", basePath: "/api" },
  xsserver: { create: createXsserverSandbox, port: 4104, portEnv: "SANDBOX_XSSERVER_PORT", basePath: "/api" },
  ipmodule: { create: createIpmoduleSandbox, port: 4105, portEnv: "SANDBOX_IPMODULE_PORT", basePath: "/ip.php" },
} satisfies Record<string, { create: () => Sandbox; port: number; portEnv: string; basePath: string }>;

export type SandboxKind = keyof typeof sandboxKinds;
