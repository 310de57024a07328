import type { SubscriptionKind } from "./subscription-kinds";

/** A line or MAG device as the UI shows it (never its password). Dates are Unix seconds; null expiry = unlimited. */
export interface IptvSubscription {
  kind: SubscriptionKind;
  connectionId: string;
  connectionLabel: string;
  id: number;
  /** The username of a line, the MAC address of a MAG device: what the panel finds it by. */
  key: string;
  disabled: boolean;
  expiresAt: number | null;
  maxConnections: number;
  activeConnections: number;
  resellerId: number | null;
  resellerName: string | null;
  restreamer: boolean;
  isTrial: boolean;
  subscriptionPlanId: number | null;
  allowedIps: string[];
  allowedUserAgents: string[];
  ispLock: boolean;
  lockDevice: boolean;
  notes: string;
  createdAt: number | null;
}

export interface ViewerConnection {
  streamId: number;
  serverId: number | null;
  ip: string;
  userAgent: string | null;
  container: string | null;
  startedAt: number | null;
  country: string | null;
  isp: string | null;
}

export interface IptvSubscriptionDetail {
  subscription: IptvSubscription;
  connections: ViewerConnection[];
  channelIds: number[];
}

/** A known key the panel could not answer for: deleted at the panel, or a per-item error. */
export interface SubscriptionProblem {
  key: string;
  missing: boolean;
  message: string;
}

export interface ResellerOption {
  id: number;
  name: string;
}

export interface IptvReseller {
  connectionId: string;
  connectionLabel: string;
  id: number;
  username: string;
  email: string | null;
  credits: number;
  useCredits: boolean;
  maxConnections: number | null;
  enabled: boolean;
  ownerName: string | null;
  lines: number | null;
  lastLogin: number | null;
  notes: string;
}

export interface IptvStream {
  connectionId: string;
  connectionLabel: string;
  id: number;
  name: string;
  category: string | null;
  serverName: string | null;
  online: boolean;
  uptime: number | null;
  bitrate: number | null;
  offlineReason: string | null;
}

export interface IptvServer {
  connectionId: string;
  connectionLabel: string;
  id: number;
  name: string;
  ip: string;
  vpnIp: string;
  domain: string;
  isMain: boolean;
  online: boolean;
  status: number;
  httpPort: number | null;
  totalClients: number | null;
  onlineClients: number | null;
  lastCheckAgo: number | null;
}

export interface IptvAdmin {
  connectionId: string;
  connectionLabel: string;
  id: number;
  username: string;
  email: string | null;
  groupId: number | null;
  groupName: string | null;
  enabled: boolean;
  lastLogin: number | null;
  registeredAt: number | null;
}
