/** The simulated Time4VPS account: plain data, mutated by the routes, rebuilt from the seed on reset. */

export type Privileges = Record<string, string[] | Record<string, number | string[]>>;

export interface ClientProfile {
  id: string;
  email: string;
  password: string;
  lastlogin: string;
  ip: string;
  host: string;
  type: "Private" | "Company";
  firstname: string;
  lastname: string;
  companyname: string;
  companyregistrationnumber: string;
  vateu: string;
  address1: string;
  address2: string;
  city: string;
  state: string;
  postcode: string;
  country: string;
  phonenumber: string;
  emarketing: string[];
  currency: string;
}

export interface Contact {
  id: string;
  email: string;
  password?: string;
  type: "Private" | "Company";
  firstname: string;
  lastname: string;
  companyname: string;
  companyregistrationnumber: string;
  vateu: string;
  address1: string;
  address2: string;
  city: string;
  state: string;
  postcode: string;
  country: string;
  phonenumber: string;
  emarketing: string[];
  lastlogin: string;
  privileges: Privileges;
}

export interface PortalNotification {
  id: string;
  rel_type: string;
  rel_id: string;
  type: string;
  subject: string;
  message: string;
  date: string;
  status: "new" | "read";
}

export interface InvoiceItem {
  id: string;
  type: string;
  item_id: string;
  description: string;
  amount: string;
  taxed: "0" | "1";
  qty: string;
}

export interface Invoice {
  id: string;
  number: string;
  date: string;
  duedate: string;
  datepaid: string;
  status: "Paid" | "Unpaid" | "Cancelled" | "Refunded";
  currency: "EUR" | "USD";
  taxrate: number;
  credit: number;
  notes: string;
  items: InvoiceItem[];
}

export type ServiceKind = "vps" | "vpn" | "ssl" | "dns";

export interface Addon {
  id: number;
  addon_id: number;
  name: string;
  status: "Pending" | "Active" | "Cancelled";
}

export interface Service {
  id: string;
  kind: ServiceKind;
  product_id: string;
  name: string;
  category: string;
  category_url: string;
  domain: string;
  status: "Pending" | "Active" | "Suspended" | "Cancelled" | "Terminated";
  billingcycle: string;
  total: string;
  firstpayment: string;
  date_created: string;
  next_due: string;
  next_invoice: string;
  label: string;
  username: string;
  order_num: number;
  addons: Addon[];
  cancellation?: { immediate: boolean; reason: string; date: string };
  /** resource id → selected item id (upgrade options). */
  resources: Record<string, string>;
}

export interface Certificate {
  service_id: string;
  cert_status: string;
  cert_expires: string;
  cert_email: string;
  csr: string;
  software: string;
  crt: string | null;
  contacts: Record<string, Record<string, string | number>>;
  organization: Record<string, string>;
}

export interface UsageMonth {
  year: number;
  month: number;
  bw_in: number;
  bw_out: number;
  quota_usage: number;
  quota_limit: number;
  inode_usage: number;
  inode_limit: number;
}

export interface Server {
  id: string;
  type: "KVM" | "OpenVZ";
  package_id: number;
  domain: string;
  ip: string;
  additional_ip: string[];
  ptr: Record<string, string>;
  os: string;
  cpu_frequency: number;
  cpu_cores: number;
  ram_limit: number;
  ram_used: number;
  disk_limit: number;
  disk_usage: number;
  bw_limit: number;
  bw_in: number;
  bw_out: number;
  dns_servers: string[] | null;
  components: { id: number; name: string; selected: boolean }[];
  oses: { os: string; title: string }[];
  history: UsageMonth[];
}

export type TaskName =
  | "server_reboot"
  | "server_recreate"
  | "server_reset_password"
  | "server_web_console"
  | "server_rename"
  | "server_change_ptr"
  | "server_flush_iptables"
  | "server_change_dns";

export interface Task {
  id: number;
  server_id: string;
  name: TaskName;
  activatedAt: number;
  /** Set when the task is created with the step duration of that moment. */
  stepMs: number;
  completedEarly?: number;
  params: Record<string, string>;
  results: string;
  applied: boolean;
  /** Started under the `task-failure` fault: it completes with an error result and changes nothing. */
  fails?: boolean;
}

export interface DnsRecord {
  id: string;
  name: string;
  ttl: number;
  priority: number;
  type: string;
  content: string;
}

export interface DnsZone {
  domain_id: string;
  service_id: string;
  name: string;
  records: DnsRecord[];
}

export interface InitScript {
  id: number;
  name: string;
  syntax: string;
  content: string;
}

export interface VpnAccount {
  service_id: string;
  username: string;
  password: string;
  shared_key: string;
  history: { period: string; received: number; sent: number; quota: number }[];
  sessions: {
    remote_ip: string;
    local_ip: string;
    received: number;
    sent: number;
    duration: number;
    doomed: boolean;
    type: string;
    serverID: number;
    serverName: string;
    serverCity: string;
    serverRegion: string;
  }[];
}

export interface Time4vpsData {
  client: ClientProfile;
  /** Accounts created through /signup, by email (they cannot log in until verified, as at HostBill). */
  signups: string[];
  resetRequests: string[];
  contacts: Contact[];
  notifications: PortalNotification[];
  invoices: Invoice[];
  services: Service[];
  certificates: Certificate[];
  servers: Server[];
  tasks: Task[];
  zones: DnsZone[];
  scripts: InitScript[];
  vpn: VpnAccount[];
  credit: number;
  counters: {
    contact: number;
    invoice: number;
    invoiceItem: number;
    service: number;
    order: number;
    task: number;
    zone: number;
    record: number;
    addon: number;
    password: number;
  };
  /** How long each task step (activated → assigned → completed) takes. */
  stepMs: number;
}

export const DEFAULT_STEP_MS = 2_000;
