import type { X4bState } from "./state";

/** A believable reseller account: four services on three locations, HTTP and TCP ports, ordered ACLs. */
export function seedX4bState(): X4bState {
  return {
    accounts: [
      { id: 1, user: "demo@example.com", pass: "demo-pass", hostKey: "demo-host-key" },
      { id: 2, user: "other@example.com", pass: "other-pass", hostKey: "other-host-key" },
    ],
    servers: [
      { id: 1, name: "Los Angeles, US", flag: "us", availableV4: 214, availableV6: 4096 },
      { id: 2, name: "Dallas, US", flag: "us", availableV4: 87, availableV6: 4096 },
      { id: 3, name: "Amsterdam, NL", flag: "nl", availableV4: 132, availableV6: 2048 },
      { id: 4, name: "Frankfurt, DE", flag: "de", availableV4: 41, availableV6: 2048 },
      { id: 5, name: "Sydney, AU", flag: "au", availableV4: 0, availableV6: 512 },
      { id: 6, name: "Singapore, SG", flag: "sg", availableV4: 12, availableV6: 1024 },
    ],
    plans: [
      { id: 1, name: "Starter 50GB", gb: 50, bill: "MONTH", portLimit: 5 },
      { id: 2, name: "Business 500GB", gb: 500, bill: "MONTH", portLimit: 25 },
      { id: 3, name: "Enterprise 2TB", gb: 2000, bill: "MONTH", portLimit: 100 },
      { id: 4, name: "Pay As You Go", gb: 0, bill: "PAYG", portLimit: 10 },
    ],
    services: [
      { id: 1201, accountId: 1, type: "lease", lease: { addr: "203.0.113.140", serverId: 1, planId: 2, usedGb: 182.37 } },
      { id: 1202, accountId: 1, type: "lease", lease: { addr: "203.0.113.141", serverId: 3, planId: 1, usedGb: 48.9 } },
      { id: 1203, accountId: 1, type: "unsupported" },
      { id: 1204, accountId: 1, type: "lease", lease: { addr: "203.0.113.142", serverId: 4, planId: 4, usedGb: 0 } },
      { id: 1301, accountId: 2, type: "lease", lease: { addr: "203.0.113.150", serverId: 2, planId: 1, usedGb: 3.2 } },
    ],
    ports: [
      { id: 5001, serviceId: 1201, from: 80, to: 80, addr: "192.0.2.10", type: "http", keepalive: true, domain: "www.example.com" },
      { id: 5002, serviceId: 1201, from: 443, to: 443, addr: "192.0.2.10", type: "tcp", keepalive: false, domain: null },
      { id: 5003, serviceId: 1201, from: 80, to: 8080, addr: "192.0.2.11", type: "http", keepalive: true, domain: "api.example.com" },
      { id: 5004, serviceId: 1201, from: 25565, to: 25565, addr: "192.0.2.12", type: "tcp", keepalive: false, domain: null },
      { id: 5010, serviceId: 1202, from: 80, to: 80, addr: "198.51.100.10", type: "http", keepalive: false, domain: null },
      { id: 5011, serviceId: 1202, from: 2222, to: 22, addr: "198.51.100.10", type: "tcp", keepalive: false, domain: null },
      { id: 5020, serviceId: 1301, from: 80, to: 80, addr: "198.51.100.99", type: "http", keepalive: false, domain: null },
    ],
    acls: [
      { portId: 5001, mask: "192.0.2.0/24", mode: "allow", order: 3 },
      { portId: 5001, mask: "198.51.100.7/32", mode: "allow", order: 2 },
      { portId: 5001, mask: "0.0.0.0/0", mode: "deny", order: 1 },
      { portId: 5003, mask: "203.0.113.0/24", mode: "allow", order: 1 },
    ],
    nextPortId: 5030,
    sessions: new Map(),
    logins: 0,
  };
}
