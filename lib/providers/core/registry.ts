import { time4vpsProvider, xsserverProvider } from "../hostbill/definition";
import { ipmoduleProvider } from "../ipmodule/definition";
import { x4bProvider } from "../x4b/definition";
import { xtreamProvider } from "../xtream/definition";
import type { ProviderDefinition } from "./types";

/** kind → definition. A new kind is one import here and one folder beside the others. */
export const providers = {
  x4b: x4bProvider,
  xtream: xtreamProvider,
  time4vps: time4vpsProvider,
  xsserver: xsserverProvider,
  ipmodule: ipmoduleProvider,
} as const;

export type ProviderKind = keyof typeof providers;
export const providerKinds = Object.keys(providers) as ProviderKind[];

export function isProviderKind(kind: string): kind is ProviderKind {
  return Object.hasOwn(providers, kind);
}

export function getProvider(kind: ProviderKind): ProviderDefinition {
  return providers[kind] as unknown as ProviderDefinition;
}
