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
