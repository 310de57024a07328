import type { AccountsAdapter } from "../accounts/adapter";
import type { BillingAdapter } from "../billing/adapter";
import type { DnsAdapter } from "../dns/adapter";
import type { IptvAdapter } from "../iptv/adapter";
import type { NetworkAdapter } from "../network/adapter";
import type { ProxiesAdapter } from "../proxies/adapter";
import type { RdnsAdapter } from "../rdns/adapter";
import type { ServersAdapter } from "../servers/adapter";
import type { ServicesAdapter } from "../services/adapter";
import type { TicketsAdapter } from "../tickets/adapter";

/** Capability → the provider-neutral interface a kind implements for it. */
export interface CapabilityAdapters {
  services: ServicesAdapter;
  servers: ServersAdapter;
  dns: DnsAdapter;
  rdns: RdnsAdapter;
  billing: BillingAdapter;
  tickets: TicketsAdapter;
  accounts: AccountsAdapter;
  iptv: IptvAdapter;
  proxies: ProxiesAdapter;
  network: NetworkAdapter;
}
