import type { IpState } from "./state";

/**
 * Three locations on the documentation ranges (RFC 5737), a dedicated server with IPMI in NL and DE, a VPS in
 * the US, and a neighbour's subnet the demo token may not see.
 */
export function seedIpState(): IpState {
  return {
    accounts: [
      { id: 1, token: "demo-token" },
      { id: 2, token: "other-token" },
    ],
    locations: [
      { code: "NL", name: "Amsterdam" },
      { code: "DE", name: "Frankfurt" },
      { code: "US", name: "New York" },
    ],
    subnets: [
      { id: 301, location: "NL", network: "192.0.2.0", prefix: 26, gateway: "192.0.2.1", vlan: 1101, ownerId: 1, purpose: "public" },
      { id: 302, location: "NL", network: "192.0.2.64", prefix: 26, gateway: "192.0.2.65", vlan: 1102, ownerId: 2, purpose: "public" },
      { id: 311, location: "DE", network: "198.51.100.0", prefix: 25, gateway: "198.51.100.1", vlan: 2101, ownerId: 1, purpose: "public" },
      { id: 321, location: "US", network: "203.0.113.0", prefix: 25, gateway: "203.0.113.1", vlan: 3101, ownerId: 1, purpose: "public" },
      { id: 390, location: "NL", network: "10.20.0.0", prefix: 24, gateway: "10.20.0.1", vlan: 900, ownerId: 1, purpose: "ipmi" },
      { id: 391, location: "DE", network: "10.30.0.0", prefix: 24, gateway: "10.30.0.1", vlan: 901, ownerId: 1, purpose: "ipmi" },
    ],
    servers: [
      { id: 40123, ownerId: 1, location: "NL", mainIp: "192.0.2.10", ipmiIp: "10.20.0.23", ips: ["192.0.2.10", "192.0.2.11", "192.0.2.12", "10.20.0.23"] },
      { id: 40177, ownerId: 1, location: "DE", mainIp: "198.51.100.10", ipmiIp: "10.30.0.77", ips: ["198.51.100.10", "198.51.100.11", "10.30.0.77"] },
      { id: 41002, ownerId: 1, location: "US", mainIp: "203.0.113.10", ipmiIp: null, ips: ["203.0.113.10", "203.0.113.11"] },
      { id: 49999, ownerId: 2, location: "NL", mainIp: "192.0.2.70", ipmiIp: null, ips: ["192.0.2.70"] },
    ],
    records: new Map([
      ["192.0.2.10", { ptr: "srv40123.example.net", description: "web front" }],
      ["192.0.2.11", { ptr: "mail.example.net", description: "mail" }],
      ["198.51.100.10", { ptr: "db1.example.net", description: "" }],
      ["203.0.113.10", { ptr: "vps41002.example.net", description: "" }],
      ["192.0.2.70", { ptr: "neighbour.example.org", description: "" }],
    ]),
    trafficProfiles: new Map([
      ["192.0.2.10", { in: 420_000_000, out: 1_850_000_000 }],
      ["192.0.2.11", { in: 35_000_000, out: 12_000_000 }],
      ["198.51.100.10", { in: 260_000_000, out: 90_000_000 }],
      ["198.51.100.11", { in: 4_000_000, out: 6_500_000 }],
      ["203.0.113.10", { in: 60_000_000, out: 140_000_000 }],
      ["192.0.2.70", { in: 10_000_000, out: 10_000_000 }],
    ]),
  };
}
