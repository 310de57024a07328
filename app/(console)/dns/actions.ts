"use server";

import { teamAction } from "@/lib/actions/define-action";
import { writeAudit } from "@/lib/audit/write";
import { withConnection } from "@/lib/capabilities/core/connections";
import { addRecordSchema, addZoneSchema, deleteRecordSchema, editRecordSchema, importZoneSchema, zoneRefSchema } from "@/lib/capabilities/dns/action-schemas";
import { applyImport } from "@/lib/capabilities/dns/apply-import";
import { addRecord, deleteRecord, describeRecord, editRecord } from "@/lib/capabilities/dns/change-record";
import { readZone } from "@/lib/capabilities/dns/get-zone";
import { time4vpsOf } from "@/lib/capabilities/dns/time4vps";
import { addZone, deleteZone } from "@/lib/capabilities/dns/zones";

export const addZoneAction = teamAction({
  name: "dns.zone.add",
  permission: "resources:change",
  input: addZoneSchema,
  async run({ connectionId, serviceId, name }, { team, audit }) {
    audit.target = `zone ${name} on service #${serviceId}`;
    const { connection } = await addZone(team.id, connectionId, serviceId, name);
    audit.connection = { id: connection.id, label: connection.label };
    return { name };
  },
});

export const deleteZoneAction = teamAction({
  name: "dns.zone.delete",
  permission: "resources:destroy",
  input: zoneRefSchema,
  async run({ connectionId, serviceId, zoneId }, { team, audit }) {
    audit.target = `zone #${zoneId} on service #${serviceId}`;
    const { connection, name } = await deleteZone(team.id, connectionId, serviceId, zoneId);
    audit.connection = { id: connection.id, label: connection.label };
    audit.target = `zone ${name} (#${zoneId}) on service #${serviceId}`;
    return { name };
  },
});

export const addRecordAction = teamAction({
  name: "dns.record.add",
  permission: "resources:change",
  input: addRecordSchema,
  async run({ connectionId, serviceId, zoneId, ...values }, { team, audit }) {
    return withConnection(team.id, connectionId, async (opened) => {
      audit.connection = { id: opened.connection.id, label: opened.connection.label };
      audit.target = `zone #${zoneId}: ${describeRecord(values)}`;
      const { zoneName, record } = await addRecord(time4vpsOf(opened), { serviceId, zoneId }, values);
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
    return withConnection(team.id, connectionId, async (opened) => {
      audit.connection = { id: opened.connection.id, label: opened.connection.label };
      audit.target = `zone #${zoneId}, record #${recordId}: ${describeRecord(values)}`;
      const { zoneName, record } = await editRecord(time4vpsOf(opened), { serviceId, zoneId }, recordId, values);
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
    return withConnection(team.id, connectionId, async (opened) => {
      audit.connection = { id: opened.connection.id, label: opened.connection.label };
      const client = time4vpsOf(opened);
      const zone = await readZone(client, serviceId, zoneId);
      const record = zone.records.find((item) => item.id === recordId);
      audit.target = `${zone.name}, record #${recordId}${record ? `: ${describeRecord(record)}` : ""}`;
      await deleteRecord(client, { serviceId, zoneId }, recordId);
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
    return withConnection(team.id, connectionId, async (opened) => {
      const connection = { id: opened.connection.id, label: opened.connection.label };
      audit.connection = connection;
      audit.target = `zone #${zoneId} on service #${serviceId}`;
      const { zoneName, results } = await applyImport(time4vpsOf(opened), { serviceId, zoneId }, zoneFile, fingerprint, (result) =>
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
