import { osTemplates } from "./catalog";
import { DAY_MS, seedToday, ymd, ymdHms } from "./dates";
import { DEFAULT_STEP_MS, type DnsRecord, type Service, type Time4vpsData, type UsageMonth } from "./state";

export const SANDBOX_EMAIL = "demo@example.com";
export const SANDBOX_PASSWORD = "demo-pass";

function service(partial: Partial<Service> & Pick<Service, "id" | "kind" | "product_id" | "name" | "domain">): Service {
  return {
    category: "Linux VPS",
    category_url: "linux-vps",
    status: "Active",
    billingcycle: "Monthly",
    total: "0.00",
    firstpayment: "0.00",
    date_created: "2023-03-14",
    next_due: "",
    next_invoice: "",
    label: "",
    username: "",
    order_num: 0,
    addons: [],
    resources: {},
    ...partial,
  };
}

function history(seed: number, quotaLimit: number, inodeLimit: number, today: number): UsageMonth[] {
  const months: UsageMonth[] = [];
  const now = new Date(today);
  for (let back = 5; back >= 0; back -= 1) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    const wave = ((seed * (back + 3)) % 17) / 17;
    months.push({
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      bw_in: Math.round(38_000 + wave * 21_000),
      bw_out: Math.round(9_000 + wave * 6_500),
      quota_usage: Math.round(quotaLimit * (0.31 + wave * 0.2)),
      quota_limit: quotaLimit,
      inode_usage: Math.round(inodeLimit * (0.12 + wave * 0.1)),
      inode_limit: inodeLimit,
    });
  }
  return months;
}

const record = (id: number, name: string, type: string, content: string, ttl = 3600, priority = 0): DnsRecord => ({
  id: String(id), name, type, content, ttl, priority,
});

const privilegeCatalog = {
  billing: ["emails", "payinvoice", "orders", "balance", "addfunds", "creditcard"],
  support: ["newticket", "tickets", "closeticket", "emails"],
  misc: ["editmain", "emails", "editipaccess", "manageprofiles", "affiliates"],
};

/** Everything the account holds when the sandbox starts or is reset. */
export function seedData(now = Date.now()): Time4vpsData {
  const today = seedToday(now);
  const day = (offset: number) => ymd(today + offset * DAY_MS);
  const stamp = (offset: number, hour = 10) => ymdHms(today + offset * DAY_MS + hour * 3_600_000);

  const services: Service[] = [
    service({
      id: "1301", kind: "vps", product_id: "334", name: "Linux 4", domain: "web1.demo-hostdeck.eu", total: "7.99", firstpayment: "7.99",
      date_created: day(-420), next_due: day(5), next_invoice: day(-2), label: "Web frontend", username: "root", order_num: 873340101,
      addons: [{ id: 81, addon_id: 31, name: "Additional IP", status: "Active" }], resources: { "1557": "9953", "1558": "9961" },
    }),
    service({
      id: "1302", kind: "vps", product_id: "335", name: "Linux 8", domain: "db1.demo-hostdeck.eu", billingcycle: "Annually", total: "172.69",
      firstpayment: "172.69", date_created: day(-165), next_due: day(200), next_invoice: day(186), label: "Database", username: "root",
      order_num: 873340102, resources: { "1557": "10103", "1558": "9960" },
    }),
    service({
      id: "1303", kind: "vps", product_id: "340", name: "Storage 1TB", category: "Storage VPS", category_url: "storage-vps",
      domain: "backup.demo-hostdeck.eu", billingcycle: "Quarterly", total: "29.07", firstpayment: "29.07", date_created: day(-50),
      next_due: day(40), next_invoice: day(26), label: "", username: "root", order_num: 873340103, resources: { "1557": "10104" },
    }),
    service({
      id: "1304", kind: "vpn", product_id: "360", name: "VPN Basic", category: "VPN", category_url: "vpn", domain: "vpn-1304",
      total: "3.99", firstpayment: "3.99", date_created: day(-700), next_due: day(12), next_invoice: day(5), order_num: 873340104,
    }),
    service({
      id: "1305", kind: "vpn", product_id: "361", name: "VPN Pro", category: "VPN", category_url: "vpn", domain: "vpn-1305",
      billingcycle: "Annually", total: "59.88", firstpayment: "59.88", date_created: day(-60), next_due: day(305), next_invoice: day(291),
      order_num: 873340105,
    }),
    service({
      id: "1306", kind: "ssl", product_id: "25", name: "Comodo InstantSSL", category: "SSL Certificates", category_url: "sslcertificates",
      domain: "demo-hostdeck.eu", billingcycle: "Annually", total: "27.85", firstpayment: "27.85", date_created: day(-245),
      next_due: day(120), next_invoice: day(60), order_num: 873340106,
    }),
    service({
      id: "1307", kind: "ssl", product_id: "26", name: "RapidSSL", category: "SSL Certificates", category_url: "sslcertificates",
      domain: "shop.demo-hostdeck.eu", status: "Pending", billingcycle: "Annually", total: "9.95", firstpayment: "9.95",
      date_created: day(-1), next_due: day(-1), next_invoice: day(-1), order_num: 873340107,
    }),
    service({
      id: "1308", kind: "dns", product_id: "370", name: "DNS Hosting", category: "DNS", category_url: "dns", domain: "demo-hostdeck.eu",
      billingcycle: "Annually", total: "5.00", firstpayment: "5.00", date_created: day(-363), next_due: day(2), next_invoice: day(-12),
      order_num: 873340108,
    }),
    service({
      id: "1310", kind: "vps", product_id: "333", name: "Linux 2", domain: "old.demo-hostdeck.eu", status: "Terminated", total: "3.99",
      firstpayment: "3.99", date_created: day(-900), next_due: day(-400), next_invoice: day(-414), label: "Old staging", order_num: 873340110,
    }),
  ];

  return {
    client: {
      id: "1284", email: SANDBOX_EMAIL, password: SANDBOX_PASSWORD, lastlogin: stamp(-1, 8), ip: "84.15.183.20", host: "gw.demo-hostdeck.eu",
      type: "Company", firstname: "Demo", lastname: "Operator", companyname: "Hostdeck Demo UAB", companyregistrationnumber: "305512345",
      vateu: "LT100013456712", address1: "Gedimino pr. 1", address2: "", city: "Vilnius", state: "", postcode: "01103", country: "LT",
      phonenumber: "+370.61234567", emarketing: [], currency: "EUR",
    },
    signups: [],
    resetRequests: [],
    contacts: [
      {
        id: "49", email: "mary@example.com", type: "Private", firstname: "Mary", lastname: "Sue", companyname: "", companyregistrationnumber: "",
        vateu: "", address1: "Pretty View Lane", address2: "3194", city: "Santa Rosa", state: "California", postcode: "95401", country: "US",
        phonenumber: "+1.24123123", emarketing: [], lastlogin: "0000-00-00 00:00:00",
        privileges: { billing: ["emails", "payinvoice", "balance"], support: ["tickets", "newticket"] },
      },
      {
        id: "50", email: "tomas@demo-hostdeck.eu", password: "Contact-Pass-2024", type: "Company", firstname: "Tomas", lastname: "Berg",
        companyname: "Hostdeck Demo UAB", companyregistrationnumber: "", vateu: "", address1: "Gedimino pr. 1", address2: "", city: "Vilnius",
        state: "", postcode: "01103", country: "LT", phonenumber: "+370.69876543", emarketing: [], lastlogin: stamp(-3, 14),
        privileges: { support: ["tickets", "newticket", "closeticket"], services: { "1301": ["basic", "billing", "notify"] } },
      },
    ],
    notifications: [
      { id: "901", rel_type: "invoice", rel_id: "308977", type: "warning", subject: "Invoice #2024/0977 is due soon", message: "Invoice #2024/0977 for web1.demo-hostdeck.eu is due in 5 days.", date: stamp(-2), status: "new" },
      { id: "902", rel_type: "service", rel_id: "1308", type: "warning", subject: "DNS Hosting renews in 2 days", message: "Your DNS Hosting service for demo-hostdeck.eu renews in 2 days.", date: stamp(-1), status: "new" },
      { id: "903", rel_type: "service", rel_id: "1302", type: "info", subject: "Scheduled maintenance", message: "Host node lt-kvm-14 will be updated on Sunday 03:00-04:00 UTC.", date: stamp(-6), status: "read" },
      { id: "904", rel_type: "service", rel_id: "1306", type: "info", subject: "Certificate issued", message: "The SSL certificate for demo-hostdeck.eu was issued.", date: stamp(-245), status: "read" },
      { id: "905", rel_type: "system", rel_id: "0", type: "info", subject: "New data center in Frankfurt", message: "Linux VPS can now be ordered in Frankfurt.", date: stamp(-4), status: "new" },
    ],
    invoices: [
      {
        id: "308976", number: "2024/0976", date: day(-33), duedate: day(-26), datepaid: stamp(-32, 12), status: "Paid", currency: "EUR",
        taxrate: 21, credit: 0, notes: "",
        items: [
          { id: "12305", type: "Hosting", item_id: "1301", description: `Linux 4 - web1.demo-hostdeck.eu (${day(-33)} - ${day(-2)})`, amount: "7.99", taxed: "1", qty: "1.00" },
          { id: "12306", type: "Addon", item_id: "81", description: "Additional IP", amount: "2.00", taxed: "1", qty: "1.00" },
          { id: "12307", type: "Other", item_id: "-2", description: "PayPal Payment Fee", amount: "0.59", taxed: "1", qty: "1.00" },
        ],
      },
      {
        id: "308977", number: "2024/0977", date: day(-2), duedate: day(5), datepaid: "0000-00-00 00:00:00", status: "Unpaid", currency: "EUR",
        taxrate: 21, credit: 0, notes: "",
        items: [
          { id: "12310", type: "Hosting", item_id: "1301", description: `Linux 4 - web1.demo-hostdeck.eu (${day(5)} - ${day(35)})`, amount: "7.99", taxed: "1", qty: "1.00" },
          { id: "12311", type: "Addon", item_id: "81", description: "Additional IP", amount: "2.00", taxed: "1", qty: "1.00" },
        ],
      },
      {
        id: "308978", number: "2024/0978", date: day(-245), duedate: day(-238), datepaid: stamp(-244, 9), status: "Paid", currency: "USD",
        taxrate: 0, credit: 0, notes: "Reverse charge",
        items: [{ id: "12320", type: "Hosting", item_id: "1306", description: "Comodo InstantSSL - demo-hostdeck.eu (1 year)", amount: "29.90", taxed: "0", qty: "1.00" }],
      },
      {
        id: "308979", number: "2024/0979", date: day(-12), duedate: day(2), datepaid: "0000-00-00 00:00:00", status: "Unpaid", currency: "USD",
        taxrate: 0, credit: 0, notes: "Reverse charge",
        items: [{ id: "12330", type: "Hosting", item_id: "1308", description: `DNS Hosting - demo-hostdeck.eu (${day(2)} - ${day(367)})`, amount: "5.40", taxed: "0", qty: "1.00" }],
      },
      {
        id: "308980", number: "2024/0980", date: day(-165), duedate: day(-158), datepaid: stamp(-165, 16), status: "Paid", currency: "EUR",
        taxrate: 21, credit: 10, notes: "",
        items: [
          { id: "12340", type: "Hosting", item_id: "1302", description: `Linux 8 - db1.demo-hostdeck.eu (${day(-165)} - ${day(200)})`, amount: "172.69", taxed: "1", qty: "1.00" },
          { id: "12341", type: "Discount", item_id: "0", description: "Promotion code SPRING10", amount: "-10.00", taxed: "1", qty: "1.00" },
        ],
      },
      {
        id: "308981", number: "2024/0981", date: day(-90), duedate: day(-83), datepaid: "0000-00-00 00:00:00", status: "Cancelled", currency: "EUR",
        taxrate: 21, credit: 0, notes: "Order cancelled",
        items: [{ id: "12350", type: "Hosting", item_id: "0", description: "Container 1 - ct.demo-hostdeck.eu", amount: "1.99", taxed: "1", qty: "1.00" }],
      },
    ],
    services,
    certificates: [
      {
        service_id: "1306", cert_status: "Active", cert_expires: stamp(120, 13), cert_email: "admin@demo-hostdeck.eu",
        csr: "-----BEGIN CERTIFICATE REQUEST-----\nMIICvDCCAaQCAQAwdzELMAkGA1UEBhMCTFQxEDAOBgNVBAgMB1ZpbG5pdXMxEDAO\n-----END CERTIFICATE REQUEST-----",
        software: "18",
        crt: "-----BEGIN CERTIFICATE-----\nMIIFazCCBFOgAwIBAgIRAO7N3Hc4mO9sWwGmDZy9w2swDQYJKoZIhvcNAQELBQAw\nZGVtby1ob3N0ZGVjay5ldSBzYW5kYm94IGNlcnRpZmljYXRl\n-----END CERTIFICATE-----\n",
        contacts: {
          admin: { FName: "Demo", LName: "Operator", City: "Vilnius", State: "", PostalCode: "01103", EmailAddress: "admin@demo-hostdeck.eu", Country: "LT", Address1: "Gedimino pr. 1", Address2: "", Phone: 61234567, OrgName: "Hostdeck Demo UAB", PreFix: 370, JobTitle: "CTO" },
          billing: { FName: "Mary", LName: "Sue", City: "Santa Rosa", State: "California", PostalCode: "95401", EmailAddress: "mary@example.com", Country: "US", Address1: "Pretty View Lane", Address2: "3194", Phone: 24123123, OrgName: "n/a", PreFix: 1, JobTitle: "n/a" },
          tech: { FName: "Tomas", LName: "Berg", City: "Vilnius", State: "", PostalCode: "01103", EmailAddress: "tomas@demo-hostdeck.eu", Country: "LT", Address1: "Gedimino pr. 1", Address2: "", Phone: 69876543, OrgName: "Hostdeck Demo UAB", PreFix: 370, JobTitle: "Admin" },
        },
        organization: { state: "", country: "LT", name: "Hostdeck Demo UAB", unit: "IT", locality: "Vilnius", postalcode: "01103", address2: "n/a", address1: "Gedimino pr. 1" },
      },
      {
        service_id: "1307", cert_status: "", cert_expires: "", cert_email: "admin@shop.demo-hostdeck.eu",
        csr: "-----BEGIN CERTIFICATE REQUEST-----\nMIICrDCCAZQCAQAwZzELMAkGA1UEBhMCTFQxEDAOBgNVBAcMB1ZpbG5pdXMxHjAc\n-----END CERTIFICATE REQUEST-----",
        software: "2", crt: null, contacts: {}, organization: {},
      },
    ],
    servers: [
      {
        id: "1301", type: "KVM", package_id: 334, domain: "web1.demo-hostdeck.eu", ip: "185.123.100.11",
        additional_ip: ["185.123.100.12", "185.123.100.13"],
        ptr: { "185.123.100.11": "web1.demo-hostdeck.eu", "185.123.100.12": "mail.demo-hostdeck.eu", "185.123.100.13": "185-123-100-13.time4vps.cloud" },
        os: "ubuntu-22.04-x86_64", cpu_frequency: 2600, cpu_cores: 2, ram_limit: 4096, ram_used: 1733, disk_limit: 40960, disk_usage: 17411,
        bw_limit: 4194304, bw_in: 120433, bw_out: 48211, dns_servers: ["1.1.1.1", "8.8.8.8"],
        components: [{ id: 123, name: "Daily and weekly backups", selected: true }, { id: 124, name: "Additional IP", selected: true }],
        oses: osTemplates, history: history(7, 40960, 2_621_440, today),
      },
      {
        id: "1302", type: "KVM", package_id: 335, domain: "db1.demo-hostdeck.eu", ip: "185.123.101.21", additional_ip: ["185.123.101.22"],
        ptr: { "185.123.101.21": "db1.demo-hostdeck.eu", "185.123.101.22": "185-123-101-22.time4vps.cloud" },
        os: "debian-12-x86_64", cpu_frequency: 2600, cpu_cores: 4, ram_limit: 8192, ram_used: 6120, disk_limit: 81920, disk_usage: 61003,
        bw_limit: 8388608, bw_in: 402211, bw_out: 9877, dns_servers: null,
        components: [{ id: 123, name: "Daily and weekly backups", selected: false }],
        oses: osTemplates, history: history(11, 81920, 5_242_880, today),
      },
      {
        id: "1303", type: "OpenVZ", package_id: 340, domain: "backup.demo-hostdeck.eu", ip: "185.123.102.31", additional_ip: [],
        ptr: { "185.123.102.31": "backup.demo-hostdeck.eu" },
        os: "centos-7-x86_64", cpu_frequency: 2200, cpu_cores: 1, ram_limit: 1024, ram_used: 301, disk_limit: 1_024_000, disk_usage: 733_412,
        bw_limit: 10_485_760, bw_in: 8_112_040, bw_out: 11_932, dns_servers: ["185.123.96.2"],
        components: [],
        oses: osTemplates.filter((os) => !os.os.startsWith("kvm-win")), history: history(3, 1_024_000, 64_000_000, today),
      },
    ],
    tasks: [
      {
        id: 9301, server_id: "1301", name: "server_reboot", activatedAt: today - 3 * DAY_MS + 9 * 3_600_000, stepMs: 60_000,
        params: {}, results: "VM rebooted successfully", applied: true,
      },
      {
        id: 9302, server_id: "1302", name: "server_reset_password", activatedAt: today - 20 * DAY_MS + 15 * 3_600_000, stepMs: 45_000,
        params: {}, results: "Password: Vq7pKs2mXw4Rt9Ln", applied: true,
      },
    ],
    zones: [
      {
        domain_id: "60", service_id: "1308", name: "demo-hostdeck.eu",
        records: [
          record(601, "@", "A", "185.123.100.11"),
          record(602, "www", "A", "185.123.100.11"),
          record(603, "@", "AAAA", "2a02:7b40:b97b:640b::1"),
          record(604, "blog", "CNAME", "www.demo-hostdeck.eu"),
          record(605, "@", "MX", "mx1.demo-hostdeck.eu", 3600, 10),
          record(606, "@", "MX", "mx2.demo-hostdeck.eu", 3600, 20),
          record(607, "mx1", "A", "185.123.100.12"),
          record(608, "@", "TXT", "v=spf1 ip4:185.123.100.12 -all"),
          record(609, "_dmarc", "TXT", "v=DMARC1; p=quarantine; rua=mailto:dmarc@demo-hostdeck.eu"),
          record(610, "@", "NS", "ns1.time4vps.cloud", 86400),
          record(611, "@", "NS", "ns2.time4vps.cloud", 86400),
          record(612, "_sip._tcp", "SRV", "5 5060 sip.demo-hostdeck.eu", 3600, 10),
          record(613, "@", "CAA", '0 issue "letsencrypt.org"'),
          record(614, "mx2", "A", "185.123.100.13"),
        ],
      },
      {
        domain_id: "61", service_id: "1308", name: "demo-hostdeck.lt",
        records: [
          record(620, "@", "A", "185.123.100.11", 1800),
          record(621, "www", "CNAME", "demo-hostdeck.lt", 1800),
          record(622, "@", "NS", "ns1.time4vps.cloud", 86400),
          record(623, "@", "NS", "ns2.time4vps.cloud", 86400),
        ],
      },
      {
        domain_id: "62", service_id: "1301", name: "web1-apps.eu",
        records: [
          record(630, "@", "A", "185.123.100.11", 600),
          record(631, "api", "A", "185.123.100.12", 600),
          record(632, "api", "AAAA", "2a02:7b40:b97b:640b::2", 600),
        ],
      },
    ],
    scripts: [
      { id: 403, name: "Install Docker", syntax: "bash", content: "#!/bin/bash\ncurl -fsSL https://get.docker.com | sh\nsystemctl enable --now docker\n" },
      { id: 404, name: "Harden SSH", syntax: "bash", content: "#!/bin/bash\nsed -i 's/^#\\?PasswordAuthentication .*/PasswordAuthentication no/' /etc/ssh/sshd_config\nsystemctl restart ssh\n" },
      { id: 504, name: "Python bootstrap", syntax: "python", content: "import os\nos.system('apt-get update && apt-get -y install python3-venv')\n" },
    ],
    vpn: [
      {
        service_id: "1304", username: "vpn1304", password: "qerty982Lm", shared_key: "t4v-psk-1304-demo",
        history: [
          { period: day(-3), received: 37_111_240, sent: 3_781_959, quota: 507_145_582 },
          { period: day(-2), received: 52_044_120, sent: 4_120_551, quota: 507_145_582 },
          { period: day(-1), received: 12_310_004, sent: 1_902_777, quota: 507_145_582 },
        ],
        sessions: [
          { remote_ip: "84.15.183.20", local_ip: "10.8.0.14", received: 25_131_568, sent: 3_195_368, duration: 155, doomed: false, type: "OpenVPN", serverID: 13, serverName: "LT#1", serverCity: "Vilnius", serverRegion: "Europe" },
          { remote_ip: "78.56.12.201", local_ip: "10.8.0.22", received: 1_311_002, sent: 402_113, duration: 3_620, doomed: true, type: "IKEv2", serverID: 3, serverName: "DE#1", serverCity: "Frankfurt", serverRegion: "Europe" },
        ],
      },
      {
        service_id: "1305", username: "vpn1305", password: "Zx81mPq4Tr", shared_key: "t4v-psk-1305-demo",
        history: [{ period: day(-1), received: 8_004_112, sent: 1_200_400, quota: 0 }],
        sessions: [],
      },
    ],
    credit: 5,
    counters: { contact: 51, invoice: 308982, invoiceItem: 12400, service: 1311, order: 873340995, task: 10001, zone: 63, record: 700, addon: 90, password: 0 },
    stepMs: DEFAULT_STEP_MS,
  };
}

export { privilegeCatalog };
