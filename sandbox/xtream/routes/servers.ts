import ipaddr from "ipaddr.js";

import { convertData, serverTable } from "../columns";
import { fail, messages } from "../messages";
import { dataParam, integerValue } from "../request";
import { dbRow } from "../serialize";
import type { ServerRow, XtreamState } from "../types";
import { idFrom, referenceExists, type Handler, type HandlerContext } from "./context";

function isIp(text: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(text) || (text.includes(":") && ipaddr.IPv6.isValid(text));
}

function serverRow(state: XtreamState, server: ServerRow): Record<string, string | null> {
  const clients = state.connections.filter((connection) => connection.server_id === server.id).length;
  return { ...dbRow(server), online_clients: String(clients) };
}

function findServer({ state, request }: HandlerContext): ServerRow | string {
  const raw = idFrom(request, ["id", "server_id"]);
  if (raw === undefined) return messages.missingParameter("id");
  const id = integerValue(raw);
  return state.servers.find((server) => server.id === id) ?? messages.serverNotFound;
}

const listServers: Handler = ({ state }) => ({ result: true, servers: state.servers.map((server) => serverRow(state, server)) });

const viewServer: Handler = (context) => {
  const server = findServer(context);
  if (typeof server === "string") return fail(server);
  return { result: true, server_info: serverRow(context.state, server) };
};

const updateServer: Handler = (context) => {
  const server = findServer(context);
  if (typeof server === "string") return fail(server);
  const converted = convertData(serverTable, dataParam(context.request.params), referenceExists(context.state));
  if (!converted.ok) return fail(converted.error);
  const changes = converted.values;
  if ("server_ip" in changes && (typeof changes.server_ip !== "string" || !isIp(changes.server_ip))) return fail(messages.invalidIp);
  if (typeof changes.vpn_ip === "string" && changes.vpn_ip !== "" && !isIp(changes.vpn_ip)) return fail(messages.invalidIp);
  Object.assign(server, changes);
  return { result: true, modified_id: server.id, name: server.server_name, "IP address": server.server_ip };
};

export const serverRoutes: Record<string, Handler> = { list: listServers, view: viewServer, info: viewServer, update: updateServer, edit: updateServer };
