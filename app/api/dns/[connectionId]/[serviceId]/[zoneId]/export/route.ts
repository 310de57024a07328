import { defineRead } from "@/lib/actions/define-read";
import { zoneRefSchema } from "@/lib/capabilities/dns/action-schemas";
import { getZone } from "@/lib/capabilities/dns/read-dns";
import { exportZoneFile } from "@/lib/capabilities/dns/zone-file";

/** The zone as a BIND zone file, downloaded as `<zone>.zone`. */
export const GET = defineRead({
  name: "dns.zone-export",
  params: zoneRefSchema,
  async run({ params }, { team }) {
    const zone = await getZone(team.id, params);
    const text = exportZoneFile(zone, `exported by Hostdeck from ${zone.connection.label} on ${new Date().toISOString()}`);
    const filename = `${zone.name.replace(/[^a-z0-9.-]/gi, "_")}.zone`;
    return new Response(text, {
      headers: {
        "content-type": "text/plain; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "private, no-store",
      },
    });
  },
});
