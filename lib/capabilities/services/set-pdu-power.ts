import "server-only";

import { ActionError } from "@/lib/actions/result";

import { withServiceClient } from "./open-service-client";
import type { ChangeOutcome } from "./set-service-label";
import type { PduPort } from "./types";

/** Switches one PDU outlet feeding an XSServer service on or off ("set", not "toggle": repeating it is harmless). */
export function setPduPower(
  teamId: string,
  input: { connectionId: string; serviceId: string; portId: string; power: boolean },
): Promise<ChangeOutcome<PduPort | null>> {
  return withServiceClient(teamId, input.connectionId, async ({ service, connection }) => {
    if (service.kind !== "xsserver") throw new ActionError("invalid-input", `${connection.label} has no PDU ports.`);
    const answer = await service.client.setPduPortPower({ serviceId: input.serviceId, portId: input.portId, power: input.power });
    const port = answer.port;
    return {
      connection,
      value: port ? { id: port.id, name: port.name ?? null, pdu: port.pdu ?? null, outlet: port.outlet ?? null, power: port.power } : null,
    };
  });
}
