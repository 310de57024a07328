import "server-only";

import type { OpenedConnection } from "../../connections/open-connection";
import type { ConnectionContext } from "../../providers/core/types";
import { createX4bClient, type X4bClient } from "../../providers/x4b/client";
import type { X4bCredentials } from "../../providers/x4b/definition";
import { notFound } from "@/lib/errors/app-error";

/** The X4B client of an opened connection; any other kind is "not found" (ids are per connection). */
export function x4bClientOf(opened: OpenedConnection): X4bClient {
  if (opened.connection.kind !== "x4b") throw notFound("This proxy connection");
  return createX4bClient(opened.context as ConnectionContext<X4bCredentials>);
}
