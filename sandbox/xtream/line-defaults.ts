import type { LineRow } from "./types";

/** The panel's column defaults for a new line, used by the seed and by line/new alike. */
export function lineDefaults(createdAt: number): Omit<LineRow, "id" | "username" | "password"> {
  return {
    reseller_id: null,
    expire_date: null,
    max_allowed_connections: 1,
    restreamer: 0,
    disabled: 0,
    allowed_ips: [],
    allowed_user_agents: [],
    server_id: null,
    isp_lock: 0,
    isp_desc: "",
    notes: "",
    subscription_plan_id: null,
    bouquets: [],
    is_trial: 0,
    forced_country: "",
    created_at: createdAt,
  };
}
