import "server-only";

import type { OpenedConnection } from "../../connections/open-connection";
import type { ConnectionContext } from "../../providers/core/types";
import { createXtreamClient, type XtreamClient } from "../../providers/xtream/client";
import type { XtreamCredentials } from "../../providers/xtream/credentials";
import { AppError } from "@/lib/errors/app-error";

/** The xtream client of an opened connection; any other kind offering `iptv` would be mapped here. */
export function iptvClient(opened: OpenedConnection): XtreamClient {
  if (opened.connection.kind !== "xtream") throw new AppError("not-found", "This connection is not an IPTV panel.");
  return createXtreamClient(opened.context as ConnectionContext<XtreamCredentials>);
}
