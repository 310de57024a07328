import "server-only";

import { AppError, notFound } from "@/lib/errors/app-error";
import { withConnection } from "../core/connections";
import { mapAcl, mapPort } from "./map";
import type { AclRule, ProxyPort } from "./types";
import { x4bClientOf } from "./x4b";

export interface PortAcl {
  connection: { id: string; label: string };
  leaseId: number;
  port: ProxyPort;
  rules: AclRule[];
}

/** A lease's HTTP port and its ACL rules, first rule first. */
export async function getPortAcl(teamId: string, connectionId: string, leaseId: number, portId: number): Promise<PortAcl> {
  return withConnection(teamId, connectionId, async (opened) => {
    const client = x4bClientOf(opened);
    const port = (await client.listPorts({ lease: leaseId })).find((p) => p.id === portId);
    if (!port) throw notFound("This port");
    if (port.type !== "http") throw new AppError("invalid-input", "ACLs are only available on HTTP ports.");
    const rules = (await client.listAcls({ service: leaseId, portId })).map(mapAcl);
    return { connection: { id: opened.connection.id, label: opened.connection.label }, leaseId, port: mapPort(port), rules };
  });
}

/** Only the rules (one call): what the editor re-reads after a change. */
export async function listPortRules(teamId: string, connectionId: string, leaseId: number, portId: number): Promise<{ rules: AclRule[] }> {
  return withConnection(teamId, connectionId, async (opened) => ({
    rules: (await x4bClientOf(opened).listAcls({ service: leaseId, portId })).map(mapAcl),
  }));
}
