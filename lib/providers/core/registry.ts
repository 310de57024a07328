import { time4vpsModule } from "../hostbill/time4vps-module";
import { xsserverModule } from "../hostbill/xsserver-module";
import { ipmoduleModule } from "../ipmodule/module";
import { x4bModule } from "../x4b/module";
import { xtreamModule } from "../xtream/module";
import type { Capability, ProviderDefinition, ProviderModule } from "./types";

/** kind → module. A new kind is one folder beside the others and one line here. */
const modules = {
  x4b: x4bModule,
  xtream: xtreamModule,
  time4vps: time4vpsModule,
  xsserver: xsserverModule,
  ipmodule: ipmoduleModule,
} as const;

export type ProviderKind = keyof typeof modules;
export const providerKinds = Object.keys(modules) as ProviderKind[];

export function isProviderKind(kind: string): kind is ProviderKind {
  return Object.hasOwn(modules, kind);
}

/** The module of a kind with its client type erased: the one place kinds are handled alike. */
export function providerModule(kind: ProviderKind): ProviderModule {
  return modules[kind] as unknown as ProviderModule;
}

export function getProvider(kind: ProviderKind): ProviderDefinition {
  return providerModule(kind).definition;
}

/** The kinds that offer a capability: those that register an adapter for it. */
export function kindsOffering(capability: Capability): ProviderKind[] {
  return providerKinds.filter((kind) => providerModule(kind).adapters[capability] !== undefined);
}

export function offers(kind: string, capability: Capability): boolean {
  return isProviderKind(kind) && providerModule(kind).adapters[capability] !== undefined;
}
