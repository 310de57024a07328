import type { X4bClient } from "./client";

/** Every method of the X4B API v1 document, and the client function that calls it. */
export const documentedMethods = [
  { doc: "User/login", client: "login" },
  { doc: "Server/all", client: "listServers" },
  { doc: "Plan/all", client: "listPlans" },
  { doc: "Service/all", client: "listServices" },
  { doc: "Service/delete", client: "deleteService" },
  { doc: "Service/usage", client: "getServiceUsage" },
  { doc: "Port/all", client: "listPorts" },
  { doc: "Port/add", client: "addPort" },
  { doc: "Port/update", client: "updatePort" },
  { doc: "Port/delete", client: "deletePort" },
  { doc: "ACL/all", client: "listAcls" },
  { doc: "ACL/addAcl", client: "addAcl" },
  { doc: "ACL/delete", client: "deleteAcl" },
] as const satisfies readonly { doc: string; client: keyof X4bClient }[];
