/** The slice of HOSTKEY's inventory that ip.php answers from. */
export interface IpAccount {
  id: number;
  token: string;
}

export interface IpLocation {
  code: string;
  name: string;
}

export interface IpSubnet {
  id: number;
  location: string;
  network: string;
  prefix: number;
  gateway: string;
  vlan: number;
  ownerId: number;
  /** Only public subnets carry Route Reflector tags, so only they are offered by list_free_ip. */
  purpose: "public" | "ipmi";
}

export interface IpServer {
  id: number;
  ownerId: number;
  location: string;
  mainIp: string;
  ipmiIp: string | null;
  /** Every address assigned to the server, main and IPMI included. */
  ips: string[];
}

export interface IpRecord {
  ptr: string;
  description: string;
}

export interface IpState {
  accounts: IpAccount[];
  locations: IpLocation[];
  subnets: IpSubnet[];
  servers: IpServer[];
  /** PTR and description per address; addresses not listed have neither. */
  records: Map<string, IpRecord>;
  /** Mean bytes per hour, in and out, per address with traffic. */
  trafficProfiles: Map<string, { in: number; out: number }>;
}
