import { administratorRoutes } from "./administrators";
import type { Handler } from "./context";
import { lineRoutes } from "./lines";
import { magRoutes } from "./mag";
import { resellerRoutes } from "./resellers";
import { serverRoutes } from "./servers";
import { streamRoutes } from "./streams";

/**
 * `api/<group>/<action>`. Besides the document's groups, the names its prose uses ("the user action", "the stb
 * action") and plain singular/plural variants lead to the same handlers.
 */
const groups: Record<string, Record<string, Handler>> = {
  line: lineRoutes,
  lines: lineRoutes,
  user: lineRoutes,
  users: lineRoutes,
  mag: magRoutes,
  mags: magRoutes,
  stb: magRoutes,
  administrators: administratorRoutes,
  administrator: administratorRoutes,
  admins: administratorRoutes,
  admin: administratorRoutes,
  servers: serverRoutes,
  server: serverRoutes,
  streams: streamRoutes,
  stream: streamRoutes,
  resellers: resellerRoutes,
  reseller: resellerRoutes,
};

export function findHandler(group: string, action: string): Handler | undefined {
  const actions = Object.hasOwn(groups, group) ? groups[group] : undefined;
  return actions && Object.hasOwn(actions, action) ? actions[action] : undefined;
}

/**
 * The calls the document shows only as a form-encoded POST (every line, MAG, administrator and reseller call,
 * and servers/update). The others ("No POST action is required": server list/view, the four stream calls)
 * may also be a GET.
 */
const getAllowed = new Set<Handler>(
  [...Object.values(streamRoutes), serverRoutes.list, serverRoutes.view].filter((handler): handler is Handler => handler !== undefined),
);

export function requiresPost(handler: Handler): boolean {
  return !getAllowed.has(handler);
}
