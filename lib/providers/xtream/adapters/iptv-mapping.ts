import type { IptvAdmin, IptvReseller, IptvServer, IptvStream, IptvSubscriptionDetail, ViewerConnection } from "@/lib/capabilities/iptv/types";

import type { AdministratorRow, ConnectionRow, LineInfoAnswer, MagInfoAnswer, ResellerRow, ServerRow, StreamRow } from "../schemas";

/** The panel's answers as the IPTV area shows them (never a password). */

export interface ConnectionLabel {
  id: string;
  label: string;
}

const viewer = (row: ConnectionRow): ViewerConnection => ({
  streamId: row.stream_id,
  serverId: row.server_id ?? null,
  ip: row.user_ip,
  userAgent: row.user_agent ?? null,
  container: row.container ?? null,
  startedAt: row.date_start ?? null,
  country: row.geoip_country_code ?? null,
  isp: row.isp ?? null,
});

const resellerName = (names: ReadonlyMap<number, string>, id: number | null | undefined) => (id ? (names.get(id) ?? `#${id}`) : null);

export function mapLineInfo(answer: LineInfoAnswer, connection: ConnectionLabel, resellers: ReadonlyMap<number, string>): IptvSubscriptionDetail {
  const line = answer.line_info;
  return {
    subscription: {
      kind: "line",
      connectionId: connection.id,
      connectionLabel: connection.label,
      id: line.id,
      key: line.username,
      disabled: line.disabled ?? false,
      expiresAt: line.expire_date,
      maxConnections: line.max_allowed_connections,
      activeConnections: line.active_connections ?? answer.line_conn_info.length,
      resellerId: line.reseller_id ?? null,
      resellerName: resellerName(resellers, line.reseller_id),
      restreamer: line.restreamer ?? false,
      isTrial: line.is_trial ?? false,
      subscriptionPlanId: line.subscription_plan_id ?? null,
      allowedIps: line.allowed_ips ?? [],
      allowedUserAgents: line.allowed_user_agents ?? [],
      ispLock: line.isp_lock ?? false,
      lockDevice: false,
      notes: line.notes ?? "",
      createdAt: line.created_at ?? null,
    },
    connections: answer.line_conn_info.map(viewer),
    channelIds: answer.line_channel_ids,
  };
}

export function mapMagInfo(answer: MagInfoAnswer, connection: ConnectionLabel, resellers: ReadonlyMap<number, string>): IptvSubscriptionDetail {
  const mag = answer.mag_info;
  return {
    subscription: {
      kind: "mag",
      connectionId: connection.id,
      connectionLabel: connection.label,
      id: mag.id,
      key: mag.mac_address.toUpperCase(),
      disabled: mag.disabled ?? false,
      expiresAt: mag.expire_date,
      maxConnections: mag.max_allowed_connections,
      activeConnections: mag.active_connections ?? answer.mag_conn_info.length,
      resellerId: mag.reseller_id ?? null,
      resellerName: resellerName(resellers, mag.reseller_id),
      restreamer: false,
      isTrial: mag.is_trial ?? false,
      subscriptionPlanId: mag.subscription_plan_id ?? null,
      allowedIps: [],
      allowedUserAgents: [],
      ispLock: false,
      lockDevice: mag.lock_device ?? false,
      notes: mag.notes ?? "",
      createdAt: mag.created_at ?? null,
    },
    connections: answer.mag_conn_info.map(viewer),
    channelIds: answer.mag_channel_ids,
  };
}

export function mapReseller(row: ResellerRow, connection: ConnectionLabel, owners: ReadonlyMap<number, string>): IptvReseller {
  return {
    connectionId: connection.id,
    connectionLabel: connection.label,
    id: row.id,
    username: row.username,
    email: row.email ?? null,
    credits: row.credits,
    useCredits: row.use_credits ?? false,
    maxConnections: row.max_allowed_connections ?? null,
    enabled: row.status ?? true,
    ownerName: row.reseller ?? (row.owner_id ? (owners.get(row.owner_id) ?? null) : null),
    lines: row.lines ?? null,
    lastLogin: row.last_login ?? null,
    notes: row.notes ?? "",
  };
}

export function mapStream(row: StreamRow, connection: ConnectionLabel, online: boolean): IptvStream {
  return {
    connectionId: connection.id,
    connectionLabel: connection.label,
    id: row.id,
    name: row.stream_display_name,
    category: row.category_name ?? null,
    serverName: row.server_name ?? null,
    online,
    uptime: online ? (row.uptime ?? null) : null,
    bitrate: online ? (row.bitrate ?? null) : null,
    offlineReason: online ? null : (row.offline_reason ?? null),
  };
}

export function mapServer(row: ServerRow, connection: ConnectionLabel): IptvServer {
  return {
    connectionId: connection.id,
    connectionLabel: connection.label,
    id: row.id,
    name: row.server_name,
    ip: row.server_ip,
    vpnIp: row.vpn_ip ?? "",
    domain: row.domain_name ?? "",
    isMain: row.is_main ?? false,
    online: row.status === 1,
    status: row.status,
    httpPort: row.http_broadcast_port ?? null,
    totalClients: row.total_clients ?? null,
    onlineClients: row.online_clients ?? null,
    lastCheckAgo: row.last_check_ago ?? null,
  };
}

export function mapAdmin(row: AdministratorRow, connection: ConnectionLabel): IptvAdmin {
  return {
    connectionId: connection.id,
    connectionLabel: connection.label,
    id: row.id,
    username: row.username,
    email: row.email ?? null,
    groupId: row.group_id ?? null,
    groupName: row.group_name ?? null,
    enabled: row.status ?? true,
    lastLogin: row.last_login ?? null,
    registeredAt: row.date_registered ?? null,
  };
}
