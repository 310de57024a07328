/**
 * Audit action names of the IPTV area. Lines and MAG devices share one action per verb (the kind is in the
 * row's target and details); rows written before they did are named `iptv.line.*` / `iptv.mag.*`.
 * The lines and MAG devices Hostdeck lists are kept in TrackedIptvItem (./registry.ts); the create / import /
 * delete / forget rows still name their keys in `details.keys`, as history.
 * The reseller credit ledger is read back from the add-credits rows' `details`.
 */
export const iptvAudit = {
  subscription: {
    create: "iptv.subscription.create",
    import: "iptv.subscription.import",
    update: "iptv.subscription.update",
    extend: "iptv.subscription.extend",
    setDisabled: "iptv.subscription.set-disabled",
    delete: "iptv.subscription.delete",
    forget: "iptv.subscription.forget",
  },
  reseller: { create: "iptv.reseller.create", update: "iptv.reseller.update", addCredits: "iptv.reseller.add-credits" },
  stream: { start: "iptv.stream.start", stop: "iptv.stream.stop" },
  server: { update: "iptv.server.update" },
  admin: { create: "iptv.admin.create", update: "iptv.admin.update" },
} as const;
