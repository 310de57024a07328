/** A link that looks like a small secondary button (Bulk ACL, Servers and plans, Add a connection). */
export const proxyLinkClass =
  "inline-flex h-8 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";
