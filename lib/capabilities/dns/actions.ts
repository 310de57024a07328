"use server";

import { teamAction } from "@/lib/actions/define-action";
import { writeAudit } from "@/lib/audit/write";

import { withAdapter } from "../core/connections";
import { addRecordSchema, addZoneSchema, deleteRecordSchema, editRecordSchema, importZoneSchema, zoneRefSchema } from "./action-schemas";
import { applyImport } from "./apply-import";
import { addRecord, deleteRecord, deleteZone, describeRecord, editRecord } from "./change-dns";

export const addZoneAction = teamAction({
  name: "dns.zone.add",
  permission: "resources:change",
  input: addZoneSchema,
  async run({ connectionId, serviceId, name }, { team, audit }) {
    audit.target = `zone ${name} on service #${serviceId}`;
    return withAdapter(team.id, connectionId, "dns", async (dns, connection) => {
      audit.connection = connection;
      await dns.addZone(serviceId, name);
      return { name };
    });
  },
});

export const deleteZoneAction = teamAction({
  name: "dns.zone.delete",
  permission: "resources:destroy",
  input: zoneRefSchema,
  async run({ connectionId, serviceId, zoneId }, { team, audit }) {
    audit.target = `zone #${zoneId} on service #${serviceId}`;
    return withAdapter(team.id, connectionId, "dns", async (dns, connection) => {
      audit.connection = connection;
      const { name } = await deleteZone(dns, { serviceId, zoneId });
      audit.target = `zone ${name} (#${zoneId}) on service #${serviceId}`;
      return { name };
    });
  },
});

export const addRecordAction = teamAction({
  name: "dns.record.add",
  permission: "resources:change",
  input: addRecordSchema,
  async run({ connectionId, serviceId, zoneId, ...values }, { team, audit }) {
    audit.target = `zone #${zoneId}: ${describeRecord(values)}`;
    return withAdapter(team.id, connectionId, "dns", async (dns, connection) => {
      audit.connection = connection;
      const { zoneName, record } = await addRecord(dns, { serviceId, zoneId }, values);
      audit.target = `${zoneName}: ${describeRecord(record)}`;
      return { record };
    });
  },
});

export const editRecordAction = teamAction({
  name: "dns.record.edit",
  permission: "resources:change",
  input: editRecordSchema,
  async run({ connectionId, serviceId, zoneId, recordId, ...values }, { team, audit }) {
    audit.target = `zone #${zoneId}, record #${recordId}: ${describeRecord(values)}`;
    return withAdapter(team.id, connectionId, "dns", async (dns, connection) => {
      audit.connection = connection;
      const { zoneName, record } = await editRecord(dns, { serviceId, zoneId }, recordId, values);
      audit.target = `${zoneName}, record #${recordId}: ${describeRecord(record)}`;
      return { record };
    });
  },
});

export const deleteRecordAction = teamAction({
  name: "dns.record.delete",
  permission: "resources:change",
  input: deleteRecordSchema,
  async run({ connectionId, serviceId, zoneId, recordId }, { team, audit }) {
    audit.target = `zone #${zoneId}, record #${recordId}`;
    return withAdapter(team.id, connectionId, "dns", async (dns, connection) => {
      audit.connection = connection;
      const { zoneName, description } = await deleteRecord(dns, { serviceId, zoneId }, recordId);
      audit.target = `${zoneName}, record #${recordId}${description ? `: ${description}` : ""}`;
      return { id: recordId };
    });
  },
});

/**
 * Applies a previewed zone-file import. Each change is its own upstream call and leaves its own audit row
 * (`dns.record.import-add|change|remove`, success or failure); this action's own row sums them up.
 */
export const importZoneAction = teamAction({
  name: "dns.zone.import",
  permission: "resources:change",
  input: importZoneSchema,
  async run({ connectionId, serviceId, zoneId, zoneFile, fingerprint }, { team, user, ip, audit, progress }) {
    audit.target = `zone #${zoneId} on service #${serviceId}`;
    return withAdapter(team.id, connectionId, "dns", async (dns, connection) => {
      audit.connection = connection;
      const { zoneName, results } = await applyImport(
        dns,
        { serviceId, zoneId },
        zoneFile,
        fingerprint,
        (result) =>
          writeAudit({
            action: `dns.record.import-${result.kind}`,
            outcome: result.ok ? "success" : "failure",
            actor: user,
            team,
            connection,
            target: `zone #${zoneId}: ${result.description}`,
            message: result.message,
            ip,
          }),
        progress,
      );
      const failed = results.filter((result) => !result.ok).length;
      audit.target = `${zoneName} (#${zoneId})`;
      audit.message = `${results.length} change(s) applied, ${failed} failed`;
      audit.details = { applied: results.length - failed, failed };
      return { results };
    });
  },
});
