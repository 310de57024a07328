/**
 * XSServer's seeded world: one client account (demo@example.com / demo-pass) with dedicated servers and a VPS,
 * their IPs, reverse DNS, PDU outlets, invoices in EUR and USD, support tickets and departments.
 * Everything is fixed (no randomness); `createSeed()` returns a fresh deep copy for every reset.
 */

export interface ClientRecord {
  id: string;
  email: string;
  password: string;
  lastlogin: string;
  ip: string;
  host: string;
  firstname: string;
  lastname: string;
  companyname: string;
  address1: string;
  address2: string;
  city: string;
  state: string;
  postcode: string;
  country: string;
  phonenumber: string;
  currency: string;
  credit: string;
}

export interface InvoiceItemRecord {
  id: string;
  type: string;
  item_id: string;
  description: string;
  amount: string;
  taxed: "0" | "1";
  qty: string;
}

export interface InvoiceRecord {
  id: string;
  clientId: string;
  number: string;
  status: "Paid" | "Unpaid" | "Cancelled";
  date: string;
  duedate: string;
  datepaid: string;
  currency: "EUR" | "USD";
  /** Units of the invoice currency per unit of the account currency (EUR). */
  rate: number;
  taxrate: number;
  credit: number;
  notes: string;
  items: InvoiceItemRecord[];
}

export interface ReplyRecord {
  id: string;
  name: string;
  date: string;
  body: string;
  status: "Sent";
  type: "Admin" | "Client";
}

export type TicketStatus = "Open" | "Answered" | "Client-Reply" | "In-Progress" | "Closed";

export interface TicketRecord {
  number: string;
  clientId: string;
  deptId: string;
  date: string;
  subject: string;
  body: string;
  status: TicketStatus;
  clientRead: "0" | "1";
  replies: ReplyRecord[];
}

export interface DepartmentRecord {
  id: string;
  name: string;
  description: string;
}

export interface IpRecord {
  ipaddress: string;
  type: "IPv4" | "IPv6";
  netmask: string;
  gateway: string;
  main: boolean;
  /** IPv6 allocations are whole subnets: any address inside may get a PTR record. */
  prefixLength?: number;
}

export interface PduPortRecord {
  id: number;
  name: string;
  pdu: string;
  outlet: number;
  power: boolean;
}

export interface ServiceRecord {
  id: string;
  clientId: string;
  name: string;
  type: "Dedicated" | "VPS";
  domain: string;
  ips: IpRecord[];
  /** ip → PTR hostname */
  rdns: Record<string, string>;
  pdu: PduPortRecord[];
}

export interface SeedData {
  clients: ClientRecord[];
  departments: DepartmentRecord[];
  services: ServiceRecord[];
  invoices: InvoiceRecord[];
  tickets: TicketRecord[];
  nextTicketNumber: number;
  nextReplyId: number;
}

export const DEMO_EMAIL = "demo@example.com";
export const DEMO_PASSWORD = "demo-pass";

const demoClient: ClientRecord = {
  id: "1847",
  email: DEMO_EMAIL,
  password: DEMO_PASSWORD,
  lastlogin: "2025-05-30 08:41:17",
  ip: "198.51.100.7",
  host: "office.demo.example.com",
  firstname: "Dana",
  lastname: "Kramer",
  companyname: "Hostdeck Demo GmbH",
  address1: "Hafenstraße 12",
  address2: "3. OG",
  city: "Hamburg",
  state: "Hamburg",
  postcode: "20457",
  country: "DE",
  phonenumber: "+49.4012345678",
  currency: "EUR",
  credit: "12.50",
};

/** Someone else's account: their service and ticket must look like they do not exist. */
const otherClient: ClientRecord = {
  ...demoClient,
  id: "1902",
  email: "ops@another-example.net",
  password: "not-yours",
  firstname: "Lukas",
  lastname: "Brandt",
  companyname: "Another Example UG",
};

const departments: DepartmentRecord[] = [
  { id: "1", name: "Billing", description: "Invoices, payments and contract questions" },
  { id: "2", name: "Technical Support", description: "Server, network and hardware issues" },
  { id: "3", name: "Abuse", description: "Abuse reports and blacklisting" },
  { id: "4", name: "Sales", description: "New orders, custom configurations and upgrades" },
];

const services: ServiceRecord[] = [
  {
    id: "10451",
    clientId: demoClient.id,
    name: "Dedicated Server XS-E2236 (64 GB)",
    type: "Dedicated",
    domain: "fra-dedi-01.demo.example.com",
    ips: [
      { ipaddress: "203.0.113.10", type: "IPv4", netmask: "255.255.255.248", gateway: "203.0.113.9", main: true },
      { ipaddress: "203.0.113.11", type: "IPv4", netmask: "255.255.255.248", gateway: "203.0.113.9", main: false },
      { ipaddress: "203.0.113.12", type: "IPv4", netmask: "255.255.255.248", gateway: "203.0.113.9", main: false },
      { ipaddress: "203.0.113.13", type: "IPv4", netmask: "255.255.255.248", gateway: "203.0.113.9", main: false },
      { ipaddress: "2001:db8:4a1:10::", type: "IPv6", netmask: "64", gateway: "2001:db8:4a1:10::1", main: false, prefixLength: 64 },
    ],
    rdns: {
      "203.0.113.10": "fra-dedi-01.demo.example.com",
      "203.0.113.11": "mail.demo.example.com",
      "2001:db8:4a1:10::2": "fra-dedi-01.demo.example.com",
    },
    pdu: [{ id: 14, name: "fra-dedi-01 PSU", pdu: "fra1-r07-pdu-a", outlet: 14, power: true }],
  },
  {
    id: "10452",
    clientId: demoClient.id,
    name: "Dedicated Server XS-R7950X (128 GB, dual PSU)",
    type: "Dedicated",
    domain: "fra-dedi-02.demo.example.com",
    ips: [
      { ipaddress: "198.51.100.20", type: "IPv4", netmask: "255.255.255.252", gateway: "198.51.100.21", main: true },
      { ipaddress: "198.51.100.22", type: "IPv4", netmask: "255.255.255.252", gateway: "198.51.100.21", main: false },
    ],
    rdns: { "198.51.100.20": "fra-dedi-02.demo.example.com" },
    pdu: [
      { id: 21, name: "fra-dedi-02 PSU A", pdu: "fra1-r09-pdu-a", outlet: 5, power: true },
      { id: 22, name: "fra-dedi-02 PSU B", pdu: "fra1-r09-pdu-b", outlet: 5, power: false },
    ],
  },
  {
    id: "10588",
    clientId: demoClient.id,
    name: "VPS L (4 vCPU, 8 GB)",
    type: "VPS",
    domain: "vps-l-01.demo.example.com",
    ips: [{ ipaddress: "192.0.2.45", type: "IPv4", netmask: "255.255.255.0", gateway: "192.0.2.1", main: true }],
    rdns: {},
    pdu: [],
  },
  {
    id: "10460",
    clientId: otherClient.id,
    name: "Dedicated Server XS-E2236 (32 GB)",
    type: "Dedicated",
    domain: "srv.another-example.net",
    ips: [{ ipaddress: "203.0.113.40", type: "IPv4", netmask: "255.255.255.248", gateway: "203.0.113.41", main: true }],
    rdns: { "203.0.113.40": "srv.another-example.net" },
    pdu: [{ id: 31, name: "srv PSU", pdu: "fra1-r07-pdu-a", outlet: 15, power: true }],
  },
];

const invoices: InvoiceRecord[] = [
  {
    id: "309410",
    clientId: demoClient.id,
    number: "2025/03/118",
    status: "Paid",
    date: "2025-03-01",
    duedate: "2025-03-08",
    datepaid: "2025-03-02 10:14:03",
    currency: "EUR",
    rate: 1,
    taxrate: 19,
    credit: 0,
    notes: "",
    items: [
      {
        id: "51820",
        type: "Hosting",
        item_id: "10451",
        description: "Dedicated Server XS-E2236 (64 GB) (01/03/2025 - 31/03/2025)",
        amount: "69.00",
        taxed: "1",
        qty: "1.00",
      },
      { id: "51821", type: "Addon", item_id: "10451", description: "Additional IPv4 /29", amount: "6.00", taxed: "1", qty: "1.00" },
    ],
  },
  {
    id: "309871",
    clientId: demoClient.id,
    number: "2025/04/064",
    status: "Paid",
    date: "2025-04-01",
    duedate: "2025-04-08",
    datepaid: "2025-04-03 16:02:55",
    currency: "USD",
    rate: 1.08,
    taxrate: 19,
    credit: 0,
    notes: "Billed in USD on request (PO 4471).",
    items: [
      {
        id: "52377",
        type: "Hosting",
        item_id: "10452",
        description: "Dedicated Server XS-R7950X (128 GB, dual PSU) (01/04/2025 - 30/04/2025)",
        amount: "149.00",
        taxed: "1",
        qty: "1.00",
      },
      { id: "52378", type: "Other", item_id: "-2", description: "PayPal Payment Fee", amount: "4.62", taxed: "1", qty: "1.00" },
    ],
  },
  {
    id: "309022",
    clientId: demoClient.id,
    number: "2025/02/201",
    status: "Cancelled",
    date: "2025-02-14",
    duedate: "2025-02-21",
    datepaid: "0000-00-00 00:00:00",
    currency: "EUR",
    rate: 1,
    taxrate: 19,
    credit: 0,
    notes: "Duplicate of 2025/02/199.",
    items: [{ id: "51204", type: "Other", item_id: "0", description: "Remote hands (30 min)", amount: "25.00", taxed: "1", qty: "1.00" }],
  },
  {
    id: "310322",
    clientId: demoClient.id,
    number: "2025/06/017",
    status: "Unpaid",
    date: "2025-06-01",
    duedate: "2025-06-08",
    datepaid: "0000-00-00 00:00:00",
    currency: "EUR",
    rate: 1,
    taxrate: 19,
    credit: 0,
    notes: "",
    items: [
      {
        id: "53102",
        type: "Hosting",
        item_id: "10451",
        description: "Dedicated Server XS-E2236 (64 GB) (01/06/2025 - 30/06/2025)",
        amount: "69.00",
        taxed: "1",
        qty: "1.00",
      },
      { id: "53103", type: "Addon", item_id: "10451", description: "Additional IPv4 /29", amount: "6.00", taxed: "1", qty: "1.00" },
      {
        id: "53104",
        type: "Hosting",
        item_id: "10588",
        description: "VPS L (4 vCPU, 8 GB) (01/06/2025 - 30/06/2025)",
        amount: "14.90",
        taxed: "1",
        qty: "1.00",
      },
    ],
  },
  {
    id: "310323",
    clientId: demoClient.id,
    number: "2025/06/018",
    status: "Unpaid",
    date: "2025-06-01",
    duedate: "2025-06-08",
    datepaid: "0000-00-00 00:00:00",
    currency: "USD",
    rate: 1.08,
    taxrate: 19,
    credit: 0,
    notes: "Billed in USD on request (PO 4471).",
    items: [
      {
        id: "53105",
        type: "Hosting",
        item_id: "10452",
        description: "Dedicated Server XS-R7950X (128 GB, dual PSU) (01/06/2025 - 30/06/2025)",
        amount: "149.00",
        taxed: "1",
        qty: "1.00",
      },
    ],
  },
  {
    id: "309500",
    clientId: otherClient.id,
    number: "2025/03/140",
    status: "Unpaid",
    date: "2025-03-05",
    duedate: "2025-03-12",
    datepaid: "0000-00-00 00:00:00",
    currency: "EUR",
    rate: 1,
    taxrate: 19,
    credit: 0,
    notes: "",
    items: [{ id: "51900", type: "Hosting", item_id: "10460", description: "Dedicated Server XS-E2236 (32 GB)", amount: "49.00", taxed: "1", qty: "1.00" }],
  },
];

const staff = "Jonas Weber";

const tickets: TicketRecord[] = [
  {
    number: "518204",
    clientId: demoClient.id,
    deptId: "2",
    date: "2025-05-27 09:12:40",
    subject: "Packet loss on fra-dedi-01 since the night",
    body: "Hello,\r\nsince about 02:00 we see 3-5% packet loss towards 203.0.113.10.\r\n\r\nmtr from our office attached below.\r\nCan you check the uplink?\r\n\r\nRegards,\r\nDana",
    status: "Answered",
    clientRead: "0",
    replies: [
      {
        id: "90211",
        name: staff,
        date: "2025-05-27 09:40:02",
        body: "Hello Dana,\r\nthank you for the report. We see errors on the switch port and moved your server to a spare port.\r\n\r\nPlease check again.\r\n\r\n-- XSServer Support --",
        status: "Sent",
        type: "Admin",
      },
      {
        id: "90230",
        name: "Dana Kramer",
        date: "2025-05-27 10:05:19",
        body: "Loss is gone from here, thanks!\r\nCould you keep an eye on it for a day?",
        status: "Sent",
        type: "Client",
      },
      {
        id: "90247",
        name: staff,
        date: "2025-05-27 10:21:48",
        body: "Sure, monitoring is in place for the next 24 hours.\r\nWe will close the ticket afterwards.\r\n\r\n-- XSServer Support --",
        status: "Sent",
        type: "Admin",
      },
    ],
  },
  {
    number: "518377",
    clientId: demoClient.id,
    deptId: "1",
    date: "2025-06-01 14:03:11",
    subject: "Invoice 2025/06/018 issued in USD",
    body: "Hi,\r\nplease re-issue invoice 2025/06/018 in EUR.\r\nOur PO 4471 ended in May.\r\n\r\nThanks",
    status: "Open",
    clientRead: "1",
    replies: [],
  },
  {
    number: "517990",
    clientId: demoClient.id,
    deptId: "4",
    date: "2025-05-12 11:30:00",
    subject: "Quote for a second rack unit",
    body: "Could you send us a quote for colocation of one more 1U server?\r\nPower draw about 180 W.",
    status: "Closed",
    clientRead: "1",
    replies: [
      {
        id: "89512",
        name: "Mara Scholz",
        date: "2025-05-12 13:02:45",
        body: "Hello,\r\nthe quote is attached to your account as Q-2025-0341.\r\n\r\nBest regards\r\nMara Scholz\r\nSales",
        status: "Sent",
        type: "Admin",
      },
    ],
  },
  {
    number: "518102",
    clientId: otherClient.id,
    deptId: "2",
    date: "2025-05-25 18:00:00",
    subject: "Server down",
    body: "Our server does not answer.",
    status: "Open",
    clientRead: "1",
    replies: [],
  },
];

export function createSeed(): SeedData {
  return structuredClone({
    clients: [demoClient, otherClient],
    departments,
    services,
    invoices,
    tickets,
    nextTicketNumber: 518450,
    nextReplyId: 90300,
  });
}
