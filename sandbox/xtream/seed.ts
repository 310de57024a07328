import { lineDefaults } from "./line-defaults";
import type { ConnectionRow, LineRow, MagRow, RegUserRow, ServerRow, StreamRow, XtreamState } from "./types";

export const SANDBOX_API_KEY = "demo-api-key";
/** 127.0.0.1 is the documented default; ::1 is the same machine when a client resolves "localhost" to IPv6. */
export const DEFAULT_WHITELIST = ["127.0.0.1", "::1"];

const DAY = 86_400;

function line(now: number, row: Partial<LineRow> & Pick<LineRow, "id" | "username" | "password">): LineRow {
  return {
    ...lineDefaults(now - 30 * DAY),
    ...row,
  };
}

function seedLines(now: number): LineRow[] {
  return [
    line(now, {
      id: 1,
      username: "john.smith",
      password: "Xk29fjq7Lm",
      reseller_id: 3,
      expire_date: now + 20 * DAY,
      max_allowed_connections: 2,
      subscription_plan_id: 1,
      bouquets: [1, 2],
      notes: "Family package, renews monthly",
      created_at: now - 10 * DAY,
    }),
    line(now, {
      id: 2,
      username: "hotel-lobby",
      password: "Hq7Ld0pW2s",
      reseller_id: 3,
      expire_date: now + 200 * DAY,
      max_allowed_connections: 5,
      restreamer: 1,
      allowed_ips: ["198.51.100.77"],
      subscription_plan_id: 3,
      bouquets: [1, 2, 3],
      notes: "Restreamer for the Seaview hotel lobby screens",
      created_at: now - 165 * DAY,
    }),
    line(now, {
      id: 3,
      username: "trial-4471",
      password: "t4471xZq",
      reseller_id: 4,
      expire_date: now - 2 * DAY,
      is_trial: 1,
      subscription_plan_id: 4,
      bouquets: [1],
      notes: "Trial, not converted",
      created_at: now - 3 * DAY,
    }),
    line(now, {
      id: 4,
      username: "disabled.user",
      password: "Dd8sk2Ln",
      expire_date: now + 60 * DAY,
      max_allowed_connections: 1,
      disabled: 1,
      bouquets: [2],
      notes: "Chargeback: disabled pending review",
      created_at: now - 120 * DAY,
    }),
    line(now, {
      id: 5,
      username: "test_line",
      password: "tl0PassW1",
      max_allowed_connections: 1,
      bouquets: [1, 2, 3],
      allowed_user_agents: ["VLC/3.0.20 LibVLC/3.0.20"],
      isp_lock: 1,
      isp_desc: "Example Broadband Ltd",
      notes: "Staff test line, unlimited",
    }),
    line(now, {
      id: 6,
      username: "maria.k",
      password: "Mk55rtYu9",
      reseller_id: 5,
      expire_date: now - 40 * DAY,
      max_allowed_connections: 1,
      subscription_plan_id: 1,
      bouquets: [1, 2],
      forced_country: "DE",
      created_at: now - 70 * DAY,
    }),
  ];
}

function seedMags(now: number): MagRow[] {
  const base = {
    reseller_id: null,
    max_allowed_connections: 1,
    disabled: 0,
    lock_device: 0,
    notes: "",
    subscription_plan_id: null,
    is_trial: 0,
    created_at: now - 45 * DAY,
  } as const;
  return [
    {
      ...base,
      id: 1,
      mac_address: "00:1A:79:00:12:34",
      reseller_id: 3,
      expire_date: now + 90 * DAY,
      subscription_plan_id: 2,
      bouquets: [1, 2, 3],
      notes: "MAG 322 living room",
    },
    { ...base, id: 2, mac_address: "00:1A:79:AB:CD:EF", expire_date: now - 5 * DAY, disabled: 1, bouquets: [2], lock_device: 1, notes: "Returned box" },
  ];
}

function seedRegUsers(now: number): RegUserRow[] {
  const base = { owner_id: null, credits: 0, use_credits: 0, max_allowed_connections: 0, status: 1, notes: "", last_login: null } as const;
  return [
    {
      ...base,
      id: 1,
      username: "admin",
      password: "admin-pass-1",
      email: "admin@panel.example.net",
      group_id: 1,
      date_registered: now - 400 * DAY,
      last_login: now - 3_600,
    },
    {
      ...base,
      id: 2,
      username: "support.anna",
      password: "anna-pass-2",
      email: "anna@panel.example.net",
      group_id: 2,
      owner_id: 1,
      date_registered: now - 200 * DAY,
      last_login: now - 2 * DAY,
    },
    {
      ...base,
      id: 3,
      username: "northstream",
      password: "north-pass-3",
      email: "sales@northstream.example",
      group_id: 3,
      owner_id: 1,
      credits: 120,
      use_credits: 1,
      max_allowed_connections: 500,
      notes: "Top reseller",
      date_registered: now - 300 * DAY,
      last_login: now - 5_400,
    },
    {
      ...base,
      id: 4,
      username: "bluewave",
      password: "blue-pass-4",
      email: "ops@bluewave.example",
      group_id: 3,
      owner_id: 1,
      credits: 2,
      use_credits: 1,
      max_allowed_connections: 50,
      date_registered: now - 90 * DAY,
      last_login: now - 9 * DAY,
    },
    {
      ...base,
      id: 5,
      username: "partner.unlimited",
      password: "partner-pass-5",
      email: "it@partner.example",
      group_id: 3,
      owner_id: 1,
      credits: 0,
      use_credits: 0,
      max_allowed_connections: 100,
      notes: "Invoiced monthly, no credits",
      date_registered: now - 150 * DAY,
    },
    {
      ...base,
      id: 6,
      username: "old.reseller",
      password: "old-pass-6",
      email: "old@reseller.example",
      group_id: 3,
      owner_id: 3,
      credits: 0,
      use_credits: 1,
      status: 0,
      notes: "Sub-reseller of northstream, suspended",
      date_registered: now - 500 * DAY,
      last_login: now - 200 * DAY,
    },
  ];
}

function seedServers(): ServerRow[] {
  const base = {
    http_broadcast_port: 25461,
    https_broadcast_port: 25463,
    rtmp_port: 25462,
    network_interface: "eth0",
    timeshift_path: "/home/xtreamcodes/iptv_xtream_codes/timeshift/",
    enable_geoip: 0,
    last_check_ago: 12,
  } as const;
  return [
    {
      ...base,
      id: 1,
      server_name: "Main Server",
      domain_name: "panel.example.net",
      server_ip: "203.0.113.10",
      vpn_ip: "",
      is_main: 1,
      status: 1,
      total_clients: 1000,
    },
    {
      ...base,
      id: 2,
      server_name: "LB Frankfurt",
      domain_name: "fra.panel.example.net",
      server_ip: "203.0.113.20",
      vpn_ip: "10.8.0.2",
      is_main: 0,
      status: 1,
      total_clients: 2000,
      enable_geoip: 1,
    },
    {
      ...base,
      id: 3,
      server_name: "LB Amsterdam",
      domain_name: "ams.panel.example.net",
      server_ip: "198.51.100.30",
      vpn_ip: "10.8.0.3",
      is_main: 0,
      status: 0,
      total_clients: 1500,
      last_check_ago: 7_200,
    },
  ];
}

function seedStreams(now: number): StreamRow[] {
  const on = (id: number, name: string, category: number, server: number, pid: number, startedHoursAgo: number, bitrate: number): StreamRow => ({
    id,
    stream_display_name: name,
    category_id: category,
    server_id: server,
    stream_source: `http://source.example.org/live/${id}.ts`,
    online: true,
    pid,
    stream_started: now - startedHoursAgo * 3_600,
    bitrate,
    offline_reason: "",
  });
  const off = (id: number, name: string, category: number, server: number, reason: string): StreamRow => ({
    id,
    stream_display_name: name,
    category_id: category,
    server_id: server,
    stream_source: `http://source.example.org/live/${id}.ts`,
    online: false,
    pid: null,
    stream_started: null,
    bitrate: null,
    offline_reason: reason,
  });
  return [
    on(1, "Sky Sports Main Event HD", 1, 1, 21_344, 26, 5_820),
    on(2, "BT Sport 1 HD", 1, 2, 4_412, 3, 6_010),
    off(3, "Eurosport 1", 1, 1, "Stopped"),
    on(4, "BBC News", 2, 1, 21_377, 72, 3_150),
    off(5, "CNN International", 2, 2, "Source down"),
    on(6, "Cartoon Network", 3, 1, 21_390, 12, 2_480),
    on(7, "HBO", 3, 2, 4_498, 5, 4_900),
    off(8, "Nick Jr", 3, 3, "Server offline"),
  ];
}

function seedConnections(now: number): ConnectionRow[] {
  const vlc = "VLC/3.0.20 LibVLC/3.0.20";
  return [
    {
      activity_id: 1,
      user_id: 1,
      stream_id: 1,
      server_id: 1,
      user_agent: "IPTVSmartersPro",
      user_ip: "192.0.2.44",
      container: "ts",
      date_start: now - 1_800,
      geoip_country_code: "GB",
      isp: "Example Broadband Ltd",
    },
    {
      activity_id: 2,
      user_id: 2,
      stream_id: 1,
      server_id: 2,
      user_agent: vlc,
      user_ip: "198.51.100.77",
      container: "ts",
      date_start: now - 86_000,
      geoip_country_code: "ES",
      isp: "Seaview Hotels SL",
    },
    {
      activity_id: 3,
      user_id: 2,
      stream_id: 4,
      server_id: 2,
      user_agent: vlc,
      user_ip: "198.51.100.77",
      container: "ts",
      date_start: now - 86_000,
      geoip_country_code: "ES",
      isp: "Seaview Hotels SL",
    },
    {
      activity_id: 4,
      user_id: 2,
      stream_id: 6,
      server_id: 1,
      user_agent: vlc,
      user_ip: "198.51.100.77",
      container: "m3u8",
      date_start: now - 4_000,
      geoip_country_code: "ES",
      isp: "Seaview Hotels SL",
    },
    {
      activity_id: 5,
      mag_id: 1,
      stream_id: 7,
      server_id: 2,
      user_agent: "Mozilla/5.0 (QtEmbedded; U; Linux; C) MAG200 stbapp ver: 2 rev: 250",
      user_ip: "192.0.2.90",
      container: "ts",
      date_start: now - 600,
      geoip_country_code: "NL",
      isp: "Example Fiber BV",
    },
  ];
}

/** Seeded relative to `now` so that expired lines stay expired and future ones stay in the future. */
export function createSeed(now = Math.floor(Date.now() / 1000)): XtreamState {
  return {
    lines: seedLines(now),
    mags: seedMags(now),
    regUsers: seedRegUsers(now),
    groups: [
      { id: 1, name: "Administrators", is_admin: 1, is_reseller: 0 },
      { id: 2, name: "Support", is_admin: 1, is_reseller: 0 },
      { id: 3, name: "Resellers", is_admin: 0, is_reseller: 1 },
    ],
    servers: seedServers(),
    streams: seedStreams(now),
    packages: [
      { id: 1, package_name: "1 Month", duration_days: 30, credits: 1, max_allowed_connections: 1, bouquets: [1, 2], is_trial: 0 },
      { id: 2, package_name: "3 Months", duration_days: 90, credits: 3, max_allowed_connections: 1, bouquets: [1, 2, 3], is_trial: 0 },
      { id: 3, package_name: "12 Months", duration_days: 365, credits: 10, max_allowed_connections: 2, bouquets: [1, 2, 3], is_trial: 0 },
      { id: 4, package_name: "24h Trial", duration_days: 1, credits: 0, max_allowed_connections: 1, bouquets: [1], is_trial: 1 },
    ],
    bouquets: [
      { id: 1, bouquet_name: "Sports", stream_ids: [1, 2, 3] },
      { id: 2, bouquet_name: "News", stream_ids: [4, 5] },
      { id: 3, bouquet_name: "Movies & Kids", stream_ids: [6, 7, 8] },
    ],
    categories: [
      { id: 1, category_name: "Sports" },
      { id: 2, category_name: "News" },
      { id: 3, category_name: "Entertainment" },
    ],
    connections: seedConnections(now),
    apiKey: SANDBOX_API_KEY,
    whitelist: [...DEFAULT_WHITELIST],
    nextIds: { line: 7, mag: 3, regUser: 7, activity: 6 },
  };
}
