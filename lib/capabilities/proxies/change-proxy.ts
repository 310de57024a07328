import { AppError } from "../../errors/app-error";
import { placementAt, type AclPlacement } from "./acl-move-plan";
import type { ProxiesAdapter } from "./adapter";
import type { NewProxyPort, PortRef, ProxyPort } from "./types";

/** Only HTTP ports answer for a domain. */
export function addLeasePort(adapter: Pick<ProxiesAdapter, "addPort">, leaseId: number, port: NewProxyPort): Promise<ProxyPort> {
  if (port.domain && port.type !== "http")
    throw new AppError("invalid-input", "Only HTTP ports answer for a domain.", { domain: ["Only HTTP ports answer for a domain."] });
  return adapter.addPort(leaseId, port);
}

/** Without a domain every port on that front port goes; deleting nothing is "not found", not a success. */
export async function deleteLeasePort(
  adapter: Pick<ProxiesAdapter, "deletePorts">,
  leaseId: number,
  port: { from: number; domain?: string },
): Promise<{ deleted: number }> {
  const deleted = await adapter.deletePorts(leaseId, port);
  if (deleted === 0) throw new AppError("not-found", `No port ${port.from}${port.domain ? ` for ${port.domain}` : ""} on this lease; nothing was deleted.`);
  return { deleted };
}

/** A rule first, last, or at a 1-based position of the port's list as it is now. */
export async function addAclRuleAt(
  adapter: Pick<ProxiesAdapter, "rules" | "addRule">,
  port: PortRef,
  rule: { mode: "allow" | "deny"; mask: string },
  where: { placement: "start" | "end" | "position"; position?: number },
): Promise<{ mask: string }> {
  let placement: AclPlacement = where.placement === "end" ? "end" : "start";
  if (where.placement === "position") {
    const rules = await adapter.rules(port);
    const position = where.position ?? 1;
    if (position > rules.length + 1) {
      throw new AppError("invalid-input", `This port has ${rules.length} rules; choose a position from 1 to ${rules.length + 1}.`, {
        position: [`1 to ${rules.length + 1}`],
      });
    }
    placement = placementAt(rules, position - 1);
  }
  await adapter.addRule(port, rule, placement);
  return { mask: rule.mask };
}
