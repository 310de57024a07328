/** What the simulated Time4VPS sells: fixed, never changed by requests. Prices in EUR. */

export const cycleTitles: Record<string, string> = {
  m: "Monthly",
  q: "Quarterly",
  s: "Semi-Annually",
  a: "Annually",
  b: "Biennially",
  t: "Triennially",
};

export interface CatalogCategory {
  id: string;
  name: string;
  description: string;
  slug: string;
}

export interface CatalogProduct {
  id: string;
  category_id: string;
  kind: "vps" | "vpn" | "dns" | "ssl";
  /** HostBill product type id: 1 hosting-like, 2 VPS. */
  type: string;
  name: string;
  description: string;
  /** HostBill `stock`: stock control on; with qty 0 the product cannot be ordered. */
  stock: boolean;
  qty: number;
  /** Monthly-equivalent price per cycle symbol. */
  prices: Record<string, number>;
  requiresDomain: boolean;
  addonIds: number[];
  upgrades: string[];
  specs: { cpu: string; ram: string; disk: string; bandwidth: string };
}

export interface CatalogAddon {
  id: number;
  title: string;
  description: string;
  prices: Record<string, number>;
}

export interface CertificateProduct {
  id: string;
  name: string;
  description: string;
  periods: { years: number; price: number; renew: number }[];
}

export const categories: CatalogCategory[] = [
  { id: "49", name: "Linux VPS", description: "KVM virtual servers", slug: "linux-vps" },
  { id: "50", name: "Storage VPS", description: "Large disk servers for backups", slug: "storage-vps" },
  { id: "51", name: "Container VPS", description: "OpenVZ containers", slug: "container-vps" },
  { id: "70", name: "VPN", description: "Private VPN plans", slug: "vpn" },
  { id: "72", name: "DNS", description: "Managed DNS hosting", slug: "dns" },
  { id: "69", name: "SSL Certificates", description: "", slug: "sslcertificates" },
];

const vpsPrices = (monthly: number): Record<string, number> => ({
  m: monthly,
  q: round(monthly * 3 * 0.97),
  s: round(monthly * 6 * 0.94),
  a: round(monthly * 12 * 0.9),
  b: round(monthly * 24 * 0.85),
});

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export const products: CatalogProduct[] = [
  {
    id: "333",
    category_id: "49",
    kind: "vps",
    type: "2",
    name: "Linux 2",
    description: "CPU: 1 x 2.6 GHz\nRAM: 2 GB\nDisk: 20 GB SSD\nBandwidth: 2 TB\n",
    stock: false,
    qty: 0,
    prices: vpsPrices(3.99),
    requiresDomain: true,
    addonIds: [31, 32],
    upgrades: ["334", "335"],
    specs: { cpu: "1 x 2.6 GHz", ram: "2 GB", disk: "20 GB", bandwidth: "2 TB" },
  },
  {
    id: "334",
    category_id: "49",
    kind: "vps",
    type: "2",
    name: "Linux 4",
    description: "CPU: 2 x 2.6 GHz\nRAM: 4 GB\nDisk: 40 GB SSD\nBandwidth: 4 TB\n",
    stock: false,
    qty: 0,
    prices: vpsPrices(7.99),
    requiresDomain: true,
    addonIds: [31, 32],
    upgrades: ["335"],
    specs: { cpu: "2 x 2.6 GHz", ram: "4 GB", disk: "40 GB", bandwidth: "4 TB" },
  },
  {
    id: "335",
    category_id: "49",
    kind: "vps",
    type: "2",
    name: "Linux 8",
    description: "CPU: 4 x 2.6 GHz\nRAM: 8 GB\nDisk: 80 GB SSD\nBandwidth: 8 TB\n",
    stock: false,
    qty: 0,
    prices: vpsPrices(15.99),
    requiresDomain: true,
    addonIds: [31, 32],
    upgrades: [],
    specs: { cpu: "4 x 2.6 GHz", ram: "8 GB", disk: "80 GB", bandwidth: "8 TB" },
  },
  {
    id: "340",
    category_id: "50",
    kind: "vps",
    type: "2",
    name: "Storage 1TB",
    description: "CPU: 1 x 2.2 GHz\nRAM: 1 GB\nDisk: 1000 GB HDD\nBandwidth: 10 TB\n",
    stock: false,
    qty: 0,
    prices: vpsPrices(9.99),
    requiresDomain: true,
    addonIds: [31],
    upgrades: [],
    specs: { cpu: "1 x 2.2 GHz", ram: "1 GB", disk: "1000 GB", bandwidth: "10 TB" },
  },
  {
    id: "345",
    category_id: "51",
    kind: "vps",
    type: "2",
    name: "Container 1",
    description: "CPU: 1 x 2.2 GHz\nRAM: 512 MB\nDisk: 10 GB\n",
    stock: true,
    qty: 0,
    prices: vpsPrices(1.99),
    requiresDomain: true,
    addonIds: [],
    upgrades: [],
    specs: { cpu: "1 x 2.2 GHz", ram: "512 MB", disk: "10 GB", bandwidth: "500 GB" },
  },
  {
    id: "360",
    category_id: "70",
    kind: "vpn",
    type: "1",
    name: "VPN Basic",
    description: "Unlimited devices\n500 GB traffic\n",
    stock: false,
    qty: 0,
    prices: { m: 3.99, a: 35.88 },
    requiresDomain: false,
    addonIds: [],
    upgrades: ["361"],
    specs: { cpu: "-", ram: "-", disk: "-", bandwidth: "500 GB" },
  },
  {
    id: "361",
    category_id: "70",
    kind: "vpn",
    type: "1",
    name: "VPN Pro",
    description: "Unlimited devices\nUnlimited traffic\n",
    stock: false,
    qty: 0,
    prices: { m: 5.99, a: 59.88 },
    requiresDomain: false,
    addonIds: [],
    upgrades: [],
    specs: { cpu: "-", ram: "-", disk: "-", bandwidth: "unlimited" },
  },
  {
    id: "370",
    category_id: "72",
    kind: "dns",
    type: "1",
    name: "DNS Hosting",
    description: "Up to 20 zones\nAnycast name servers\n",
    stock: false,
    qty: 0,
    prices: { a: 5 },
    requiresDomain: true,
    addonIds: [],
    upgrades: [],
    specs: { cpu: "-", ram: "-", disk: "-", bandwidth: "-" },
  },
];

export const addons: CatalogAddon[] = [
  { id: 31, title: "Additional IP", description: "Automatically adds IP address to account", prices: { m: 2, q: 6, a: 24 } },
  { id: 32, title: "Daily and weekly backups", description: "Off-site backups kept for 14 days", prices: { m: 1.5, a: 18 } },
];

export const certificateProducts: CertificateProduct[] = [
  {
    id: "25",
    name: "InstantSSL",
    description: "Organization validated certificate",
    periods: [
      { years: 1, price: 27.85, renew: 27.85 },
      { years: 2, price: 48.75, renew: 48.75 },
    ],
  },
  {
    id: "26",
    name: "RapidSSL",
    description: "Domain validated certificate",
    periods: [
      { years: 1, price: 9.95, renew: 9.95 },
      { years: 2, price: 18.9, renew: 18.9 },
    ],
  },
  {
    id: "27",
    name: "GeoTrust QuickSSL Premium",
    description: "Domain validated, site seal",
    periods: [{ years: 1, price: 45.0, renew: 45.0 }],
  },
];

export const certificateSoftware: { id: number; name: string }[] = [
  { id: 0, name: "AOL" },
  { id: 1, name: "Apache-SSL (Ben-SSL, not Stronghold)" },
  { id: 2, name: "Apache-ModSSL" },
  { id: 3, name: "Apache (Raven)" },
  { id: 13, name: "Microsoft IIS 5.x and later" },
  { id: 18, name: "Nginx" },
  { id: 33, name: "Other" },
];

/** Upgradable resources of a VPS service: resource id → items. */
export const upgradeResources: { id: number; name: string; type: string; items: { id: string; name: string; price: number }[] }[] = [
  {
    id: 1557,
    name: "Bandwidth",
    type: "select",
    items: [
      { id: "9953", name: "100 GB", price: 1 },
      { id: "10103", name: "500 GB", price: 5 },
      { id: "10104", name: "1 TB", price: 10 },
    ],
  },
  {
    id: 1558,
    name: "Daily and weekly backups",
    type: "select",
    items: [
      { id: "9960", name: "No", price: 0 },
      { id: "9961", name: "Yes", price: 1.5 },
    ],
  },
];

export const paymentMethods: { id: number; gateway: string; name: string; fixed_fee: string; percent_fee: string }[] = [
  { id: 1, gateway: "BankTransfer", name: "Bank Transfer", fixed_fee: "0.0", percent_fee: "0.0" },
  { id: 2, gateway: "Stripe", name: "Stripe", fixed_fee: "0.5", percent_fee: "2.9" },
  { id: 4, gateway: "CreditCard", name: "Credit Card", fixed_fee: "0.1", percent_fee: "2.4" },
  { id: 5, gateway: "PayPal", name: "PayPal", fixed_fee: "0.3", percent_fee: "2.9" },
];

export const VAT_RATE = 21;

export const vpnServers = [
  { id: 13, name: "LT#1", city: "Vilnius", region: "Europe", ip: "185.123.96.10", lat: 54.69, lng: 25.28, load: 44, available: true },
  { id: 3, name: "DE#1", city: "Frankfurt", region: "Europe", ip: "185.123.97.20", lat: 50.11, lng: 8.68, load: 61, available: true },
  { id: 21, name: "US#1", city: "New York", region: "North America", ip: "185.123.98.30", lat: 40.71, lng: -74.01, load: 12, available: true },
  { id: 22, name: "SG#1", city: "Singapore", region: "Asia", ip: "185.123.99.40", lat: 1.35, lng: 103.82, load: 0, available: false },
];

export const vpnClients = [
  { name: "AndroidVPN", version: "1.0.6", url: "https://downloads.time4vps.com/clients/android/Time4VPN-1.0.6.apk" },
  { name: "WindowsVPN", version: "2.3.1", url: "https://downloads.time4vps.com/clients/windows/Time4VPN-2.3.1.exe" },
  { name: "macOSVPN", version: "1.4.0", url: "https://downloads.time4vps.com/clients/macos/Time4VPN-1.4.0.dmg" },
];

export const vpnTemplates = ["ovpn_default", "ovpn_443", "pbk_default"] as const;

export const osTemplates = [
  { os: "ubuntu-22.04-x86_64", title: "Ubuntu 22.04" },
  { os: "ubuntu-24.04-x86_64", title: "Ubuntu 24.04" },
  { os: "debian-12-x86_64", title: "Debian 12" },
  { os: "almalinux-9-x86_64", title: "AlmaLinux 9" },
  { os: "centos-7-x86_64", title: "Centos 7" },
  { os: "kvm-win-2022-x86_64", title: "Windows Server 2022" },
];
