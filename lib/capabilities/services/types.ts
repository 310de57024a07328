/** Provider-neutral shapes the Services pages use; plain data, safe to pass to client components. */

export const serviceKinds = ["time4vps", "xsserver"] as const;
export type ServiceKind = (typeof serviceKinds)[number];

export type StatusTone = "good" | "warn" | "bad" | "neutral";

export interface ServiceRow {
  /** `${connectionId}:${id}`, unique across connections. */
  key: string;
  connectionId: string;
  connectionLabel: string;
  provider: ServiceKind;
  providerLabel: string;
  /** The provider's service id. */
  id: string;
  label: string | null;
  domain: string | null;
  product: string;
  category: string | null;
  /** The provider's own word ("Active", "Terminated"…); "Not reported" when the provider has no status. */
  status: string;
  statusTone: StatusTone;
  billingCycle: string | null;
  price: number | null;
  currency: string | null;
  /** YYYY-MM-DD */
  nextDue: string | null;
  /** True when cycle, price and next due are inferred (XSServer: from the latest invoice line), not reported. */
  inferred: boolean;
}

export interface ServiceListNote {
  connectionId: string;
  text: string;
}

export interface ConnectionServices {
  rows: ServiceRow[];
  /** What the UI should say about how this connection's list was built (e.g. XSServer via invoices). */
  note?: string;
}

export interface ServiceIp {
  address: string;
  type: "IPv4" | "IPv6";
  main: boolean;
  /** PTR hostname; null when not set, undefined when the provider does not say. */
  ptr?: string | null;
  netmask?: string | null;
  gateway?: string | null;
}

export interface PduPort {
  id: string;
  name: string | null;
  pdu: string | null;
  outlet: string | null;
  power: boolean;
}

export interface UpgradeResource {
  id: string;
  name: string;
  items: { id: string; name: string; price: number | null; selected: boolean }[];
}

export interface UpgradeOptions {
  resources: UpgradeResource[];
  packages: { id: string; name: string; price: number | null }[];
}

export interface UpgradeEstimate {
  items: { name: string; from: string; to: string; price: number | null }[];
  subtotal: number | null;
  tax: number | null;
  total: number | null;
  currency: string | null;
  invoiceId: string | null;
}

export interface ServiceAddon {
  id: string;
  name: string;
  status: string;
}

export interface OrderableAddon {
  id: string;
  name: string;
  description: string | null;
}

export interface VpnSession {
  remoteIp: string;
  localIp: string | null;
  type: string | null;
  server: string | null;
  receivedBytes: number | null;
  sentBytes: number | null;
  durationSeconds: number | null;
}

export interface VpnUsage {
  period: string;
  receivedBytes: number;
  sentBytes: number;
  quotaBytes: number | null;
}

export interface VpnInfo {
  username: string;
  sessions: VpnSession[];
  history: VpnUsage[];
}

/** Every field the provider returned for the service, as label/value strings, for the "All details" list. */
export type RawFields = { name: string; value: string }[];

/** What the detail page may offer for this service (by provider and by what the provider lists). */
export interface ServiceFeatures {
  label: boolean;
  upgrade: boolean;
  cancel: boolean;
  addons: boolean;
  ips: boolean;
  pdu: boolean;
  vpn: boolean;
}

export interface ServiceDetail {
  row: ServiceRow;
  raw: RawFields;
  features: ServiceFeatures;
  /** Text the admin must type to confirm a cancellation (the label, or the domain/product when unlabelled). */
  confirmText: string;
  createdAt: string | null;
  notes: string[];
}

/** An SSL certificate the provider sells and renews (Time4VPS today). */
export interface CertificateRow {
  id: string;
  name: string;
  domain: string | null;
  status: string;
  /** YYYY-MM-DD: when the certificate's service renews. */
  nextDue: string | null;
  /** YYYY-MM-DD: when the certificate itself expires. */
  expires: string | null;
}
