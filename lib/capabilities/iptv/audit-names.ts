/**
 * Audit action names of the IPTV area. The lines and MAG devices Hostdeck lists are kept in TrackedIptvItem
 * (./registry.ts); the create / import / delete / forget rows still name their keys in `details.keys`, as history.
 * The reseller credit ledger is read back from the add-credits rows' `details`.
 */
export const iptvAudit = {
  line: {
    create: "iptv.line.create",
    import: "iptv.line.import",
    update: "iptv.line.update",
    extend: "iptv.line.extend",
    setDisabled: "iptv.line.set-disabled",
    delete: "iptv.line.delete",
    forget: "iptv.line.forget",
  },
  mag: {
    create: "iptv.mag.create",
    import: "iptv.mag.import",
    update: "iptv.mag.update",
    extend: "iptv.mag.extend",
    setDisabled: "iptv.mag.set-disabled",
    delete: "iptv.mag.delete",
    forget: "iptv.mag.forget",
  },
  reseller: { create: "iptv.reseller.create", update: "iptv.reseller.update", addCredits: "iptv.reseller.add-credits" },
  stream: { start: "iptv.stream.start", stop: "iptv.stream.stop" },
  server: { update: "iptv.server.update" },
  admin: { create: "iptv.admin.create", update: "iptv.admin.update" },
} as const;

export type SubscriptionKind = "line" | "mag";
