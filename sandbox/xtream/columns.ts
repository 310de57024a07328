import { dbError } from "./messages";

/**
 * The panel writes `data[...]` straight into its tables ("you can call any other element that is in the database"),
 * so a wrong field is answered with the database's own error. This module plays MySQL in strict mode.
 */
export type Reference = "reg_users" | "servers" | "packages" | "member_groups";

export type ColumnSpec =
  | { type: "int"; default: number | null; references?: Reference }
  | { type: "timestamp" }
  | { type: "flag" }
  | { type: "string"; max: number }
  | { type: "list"; of: "string" | "int" };

export interface TableSpec {
  name: string;
  columns: Record<string, ColumnSpec>;
}

export type ColumnValue = number | string | null | number[] | string[];

export type Converted = { ok: true; values: Record<string, ColumnValue> } | { ok: false; error: string };

const integerText = /^-?\d+$/;

function incorrectValue(kind: "integer" | "string", value: unknown, column: string): string {
  const shown = typeof value === "string" ? value : "Array";
  return dbError("HY000", `General error: 1366 Incorrect ${kind} value: '${shown}' for column '${column}' at row 1`);
}

function toInteger(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && integerText.test(value.trim())) return Number(value.trim());
  return undefined;
}

function toFlag(value: unknown): 0 | 1 | undefined {
  if (value === true || value === 1) return 1;
  if (value === false || value === 0) return 0;
  if (typeof value !== "string") return undefined;
  const text = value.trim().toLowerCase();
  if (text === "1" || text === "true") return 1;
  if (text === "0" || text === "false") return 0;
  return undefined;
}

/** Arrays arrive as `x[]=a&x[]=b`, as a JSON text (the column's own storage), or as one value. */
function toList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (value !== null && typeof value === "object") return Object.values(value);
  if (typeof value !== "string") return value === undefined ? undefined : [value];
  const text = value.trim();
  if (text.startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  return [text];
}

function isEmpty(value: unknown): boolean {
  return value === "" || value === null || value === undefined;
}

function defaultFor(spec: ColumnSpec): ColumnValue {
  switch (spec.type) {
    case "int":
      return spec.default;
    case "timestamp":
      return null;
    case "flag":
      return 0;
    case "string":
      return "";
    case "list":
      return [];
  }
}

function convertOne(column: string, spec: ColumnSpec, value: unknown): { value: ColumnValue } | { error: string } {
  if (isEmpty(value)) return { value: defaultFor(spec) };
  switch (spec.type) {
    case "int":
    case "timestamp": {
      const number = toInteger(value);
      return number === undefined ? { error: incorrectValue("integer", value, column) } : { value: number };
    }
    case "flag": {
      const flag = toFlag(value);
      return flag === undefined ? { error: incorrectValue("integer", value, column) } : { value: flag };
    }
    case "string": {
      if (typeof value !== "string" && typeof value !== "number") return { error: incorrectValue("string", value, column) };
      const text = String(value);
      if (text.length > spec.max) return { error: dbError("22001", `String data, right truncated: 1406 Data too long for column '${column}' at row 1`) };
      return { value: text };
    }
    case "list": {
      const items = toList(value);
      if (!items) return { error: incorrectValue("string", value, column) };
      if (spec.of === "string") return { value: items.filter((item) => !isEmpty(item)).map(String) };
      const numbers = items.filter((item) => !isEmpty(item)).map(toInteger);
      if (numbers.some((item) => item === undefined)) return { error: incorrectValue("string", value, column) };
      return { value: numbers as number[] };
    }
  }
}

/** Converts `data[...]`; `exists` answers foreign-key lookups. */
export function convertData(table: TableSpec, data: Record<string, unknown>, exists: (reference: Reference, id: number) => boolean): Converted {
  const values: Record<string, ColumnValue> = {};
  for (const [column, raw] of Object.entries(data)) {
    const spec = table.columns[column];
    if (!spec) return { ok: false, error: dbError("42S22", `Column not found: 1054 Unknown column '${column}' in 'field list'`) };
    const converted = convertOne(column, spec, raw);
    if ("error" in converted) return { ok: false, error: converted.error };
    if (spec.type === "int" && spec.references && typeof converted.value === "number" && !exists(spec.references, converted.value)) {
      return {
        ok: false,
        error: dbError(
          "23000",
          `Integrity constraint violation: 1452 Cannot add or update a child row: a foreign key constraint fails (\`xtream_iptvpro\`.\`${table.name}\`, CONSTRAINT \`${table.name}_${column}_fk\` FOREIGN KEY (\`${column}\`) REFERENCES \`${spec.references}\` (\`id\`))`,
        ),
      };
    }
    values[column] = converted.value;
  }
  return { ok: true, values };
}

export const lineTable: TableSpec = {
  name: "lines",
  columns: {
    username: { type: "string", max: 50 },
    password: { type: "string", max: 50 },
    reseller_id: { type: "int", default: null, references: "reg_users" },
    expire_date: { type: "timestamp" },
    max_allowed_connections: { type: "int", default: 1 },
    restreamer: { type: "flag" },
    disabled: { type: "flag" },
    allowed_ips: { type: "list", of: "string" },
    allowed_user_agents: { type: "list", of: "string" },
    server_id: { type: "int", default: null, references: "servers" },
    isp_lock: { type: "flag" },
    isp_desc: { type: "string", max: 255 },
    notes: { type: "string", max: 65_535 },
    subscription_plan_id: { type: "int", default: null, references: "packages" },
    bouquets: { type: "list", of: "int" },
    is_trial: { type: "flag" },
    forced_country: { type: "string", max: 3 },
    created_at: { type: "timestamp" },
  },
};

export const magTable: TableSpec = {
  name: "mag_devices",
  columns: {
    mac_address: { type: "string", max: 17 },
    reseller_id: { type: "int", default: null, references: "reg_users" },
    expire_date: { type: "timestamp" },
    max_allowed_connections: { type: "int", default: 1 },
    disabled: { type: "flag" },
    lock_device: { type: "flag" },
    notes: { type: "string", max: 65_535 },
    subscription_plan_id: { type: "int", default: null, references: "packages" },
    bouquets: { type: "list", of: "int" },
    is_trial: { type: "flag" },
    created_at: { type: "timestamp" },
  },
};

export const regUserTable: TableSpec = {
  name: "reg_users",
  columns: {
    username: { type: "string", max: 50 },
    password: { type: "string", max: 255 },
    email: { type: "string", max: 255 },
    group_id: { type: "int", default: null, references: "member_groups" },
    owner_id: { type: "int", default: null, references: "reg_users" },
    credits: { type: "int", default: 0 },
    use_credits: { type: "flag" },
    max_allowed_connections: { type: "int", default: 0 },
    status: { type: "flag" },
    notes: { type: "string", max: 65_535 },
  },
};

export const serverTable: TableSpec = {
  name: "servers",
  columns: {
    server_name: { type: "string", max: 255 },
    domain_name: { type: "string", max: 255 },
    server_ip: { type: "string", max: 255 },
    vpn_ip: { type: "string", max: 255 },
    http_broadcast_port: { type: "int", default: 25461 },
    https_broadcast_port: { type: "int", default: 25463 },
    rtmp_port: { type: "int", default: 25462 },
    total_clients: { type: "int", default: 1000 },
    network_interface: { type: "string", max: 255 },
    timeshift_path: { type: "string", max: 255 },
    enable_geoip: { type: "flag" },
  },
};
