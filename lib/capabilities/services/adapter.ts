import type {
  CertificateRow,
  ConnectionServices,
  OrderableAddon,
  PduPort,
  ServiceAddon,
  ServiceDetail,
  ServiceIp,
  UpgradeEstimate,
  UpgradeOptions,
  VpnInfo,
} from "./types";

export interface AddonsInfo {
  ordered: ServiceAddon[];
  orderable: OrderableAddon[];
  /** Why nothing can be ordered, when the catalogue could not be read. */
  orderableNote?: string;
}

export interface UpgradeChoice {
  serviceId: string;
  resources: Record<string, string>;
  packageId?: string;
}

export interface CancelChoice {
  serviceId: string;
  immediate: boolean;
  reason: string;
}

/**
 * What a provider kind implements to list and manage its services (lib/providers/<kind>/adapters/). The
 * optional members are what only some kinds can do; a kind without one simply does not offer it, and the
 * domain layer says so in words.
 */
export interface ServicesAdapter {
  list(): Promise<ConnectionServices>;
  get(serviceId: string): Promise<ServiceDetail>;
  ips(serviceId: string): Promise<ServiceIp[]>;
  setLabel?(serviceId: string, label: string): Promise<void>;
  upgradeOptions?(serviceId: string): Promise<UpgradeOptions>;
  /** `send: false` prices the change only; `send: true` orders it. */
  upgrade?(choice: UpgradeChoice, send: boolean): Promise<UpgradeEstimate>;
  cancel?(choice: CancelChoice): Promise<void>;
  addons?(serviceId: string): Promise<AddonsInfo>;
  orderAddon?(serviceId: string, addonId: string): Promise<{ id: string }>;
  pduPorts?(serviceId: string): Promise<PduPort[]>;
  setPduPower?(serviceId: string, portId: string, power: boolean): Promise<PduPort | null>;
  vpn?(serviceId: string): Promise<VpnInfo>;
  /** SSL certificates of the account (renewal and expiry dates). */
  certificates?(): Promise<CertificateRow[]>;
}
