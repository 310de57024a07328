/** Rows of the simulated panel database; field names follow the Server API document, not XUI's raw tables. */

export type Flag = 0 | 1;

export interface LineRow {
  id: number;
  username: string;
  password: string;
  reseller_id: number | null;
  /** Unix seconds; null means unlimited. */
  expire_date: number | null;
  max_allowed_connections: number;
  restreamer: Flag;
  disabled: Flag;
  allowed_ips: string[];
  allowed_user_agents: string[];
  server_id: number | null;
  isp_lock: Flag;
  isp_desc: string;
  notes: string;
  subscription_plan_id: number | null;
  bouquets: number[];
  is_trial: Flag;
  forced_country: string;
  created_at: number;
}

export interface MagRow {
  id: number;
  mac_address: string;
  reseller_id: number | null;
  expire_date: number | null;
  max_allowed_connections: number;
  disabled: Flag;
  lock_device: Flag;
  notes: string;
  subscription_plan_id: number | null;
  bouquets: number[];
  is_trial: Flag;
  created_at: number;
}

/** Administrators and resellers share one table, told apart by their member group (as in XUI's reg_users). */
export interface RegUserRow {
  id: number;
  username: string;
  password: string;
  email: string;
  group_id: number;
  owner_id: number | null;
  credits: number;
  use_credits: Flag;
  max_allowed_connections: number;
  status: Flag;
  notes: string;
  date_registered: number;
  last_login: number | null;
}

export interface MemberGroup {
  id: number;
  name: string;
  is_admin: Flag;
  is_reseller: Flag;
}

export interface ServerRow {
  id: number;
  server_name: string;
  domain_name: string;
  server_ip: string;
  vpn_ip: string;
  is_main: Flag;
  /** 1 online, 0 offline (as the panel's servers table). */
  status: Flag;
  http_broadcast_port: number;
  https_broadcast_port: number;
  rtmp_port: number;
  total_clients: number;
  network_interface: string;
  timeshift_path: string;
  enable_geoip: Flag;
  last_check_ago: number;
}

export interface StreamRow {
  id: number;
  stream_display_name: string;
  category_id: number;
  server_id: number;
  stream_source: string;
  /** true while the stream process runs. */
  online: boolean;
  pid: number | null;
  stream_started: number | null;
  bitrate: number | null;
  /** Why it is offline, when the panel knows ("Stopped", "Source down"). */
  offline_reason: string;
}

export interface Package {
  id: number;
  package_name: string;
  duration_days: number;
  credits: number;
  max_allowed_connections: number;
  bouquets: number[];
  is_trial: Flag;
}

export interface Bouquet {
  id: number;
  bouquet_name: string;
  stream_ids: number[];
}

export interface ConnectionRow {
  activity_id: number;
  /** Line id, or undefined for a MAG connection. */
  user_id?: number;
  mag_id?: number;
  stream_id: number;
  server_id: number;
  user_agent: string;
  user_ip: string;
  container: string;
  date_start: number;
  geoip_country_code: string;
  isp: string;
}

export interface XtreamState {
  lines: LineRow[];
  mags: MagRow[];
  regUsers: RegUserRow[];
  groups: MemberGroup[];
  servers: ServerRow[];
  streams: StreamRow[];
  packages: Package[];
  bouquets: Bouquet[];
  connections: ConnectionRow[];
  categories: { id: number; category_name: string }[];
  apiKey: string;
  whitelist: string[];
  nextIds: { line: number; mag: number; regUser: number; activity: number };
}
