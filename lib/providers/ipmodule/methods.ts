import type { IpmoduleClient } from "./client";

/** Every action in the ip.php document's method table, and the client function that calls it. */
export const documentedMethods = [
  { doc: "get_client_ip", client: "getClientIp" },
  { doc: "get_ip", client: "getIp" },
  { doc: "get_ptr", client: "getPtr" },
  { doc: "get_traffic", client: "getTraffic" },
  { doc: "list_free_ip", client: "listFreeIp" },
  { doc: "set_main", client: "setMain" },
  { doc: "update_ptr", client: "updatePtr" },
] as const satisfies readonly { doc: string; client: keyof IpmoduleClient }[];
