"use server";

import { teamAction } from "@/lib/actions/define-action";
import { writeAudit } from "@/lib/audit/write";

import { rdnsBulkSchema } from "./change-schema";
import { applyPtrChanges } from "./update-rdns";

/**
 * Sets the PTR of one or many addresses (Time4VPS additional IPs, XSServer service IPs, ip.php addresses). Every
 * address is one upstream call with its own result and its own audit row (`rdns.ptr.update`); this action's row
 * sums them up. Host names are checked for all entries before the first call.
 */
export const updatePtrsAction = teamAction({
  name: "rdns.bulk-update",
  permission: "resources:change",
  input: rdnsBulkSchema,
  async run({ entries }, { team, user, ip, audit, progress }) {
    audit.target = entries.length === 1 ? `${entries[0]!.ip} → ${entries[0]!.hostname}` : `${entries.length} addresses`;
    const results = await applyPtrChanges(
      team.id,
      entries,
      (result, connection) => {
        const entry = entries.find((item) => item.ip === result.ip && item.connectionId === result.connectionId);
        return writeAudit({
          action: "rdns.ptr.update",
          outcome: result.ok ? "success" : "failure",
          actor: user,
          team,
          connection,
          target: `${result.ip} → ${entry?.hostname ?? "?"}`,
          message: result.message,
          ip,
        });
      },
      progress,
    );
    const failed = results.filter((result) => !result.ok).length;
    audit.message = `${results.length - failed} updated, ${failed} failed`;
    audit.details = { updated: results.length - failed, failed };
    return { results };
  },
});
