import type { Hono } from "hono";

import type { XsserverEnv } from "../env";
import { fail, numericId } from "../request";
import type { PduPortRecord } from "../seed";
import type { XsserverState } from "../state";
import { ownService } from "./services";

function portView(port: PduPortRecord) {
  return { id: String(port.id), name: port.name, pdu: port.pdu, outlet: String(port.outlet), power: port.power, state: port.power ? "on" : "off" };
}

/**
 * "Desired power state - 'true' for ON or 'false' for OFF", typed bool: JSON booleans, the strings
 * "true"/"false", 1/0 and "on"/"off" all mean what they say; anything else is refused (never guessed).
 */
function powerFrom(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim().toLowerCase();
  if (["true", "1", "on"].includes(text)) return true;
  if (["false", "0", "off"].includes(text)) return false;
  return undefined;
}

/** GET /service/@id/pdu, GET and POST /service/@id/pdu/@port. */
export function mountPduRoutes(api: Hono<XsserverEnv>, state: XsserverState): void {
  api.get("/service/:id/pdu", (c) => {
    const service = ownService(c, state);
    if (!service) return fail(c, 404, "Service not found");
    return c.json({ ports: service.pdu.map(portView) });
  });

  api.get("/service/:id/pdu/:port", (c) => {
    const service = ownService(c, state);
    if (!service) return fail(c, 404, "Service not found");
    const port = service.pdu.find((candidate) => String(candidate.id) === numericId(c.req.param("port")));
    if (!port) return fail(c, 404, "PDU port not found");
    return c.json({ port: portView(port) });
  });

  api.post("/service/:id/pdu/:port", (c) => {
    const service = ownService(c, state);
    if (!service) return fail(c, 404, "Service not found");
    const port = service.pdu.find((candidate) => String(candidate.id) === numericId(c.req.param("port")));
    if (!port) return fail(c, 404, "PDU port not found");
    const power = powerFrom(c.get("params").power);
    if (power === undefined) return fail(c, 400, "Invalid power state, use true (on) or false (off)");
    port.power = power;
    return c.json({ status: true, port: portView(port) });
  });
}
