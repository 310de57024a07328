import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ProxyCatalog } from "@/lib/capabilities/proxies/types";

import { ServerLabel } from "./server-label";

const th = "px-4 py-2 font-medium";
const head = "border-b border-slate-200 text-xs uppercase text-slate-500 dark:border-slate-800 dark:text-slate-400";

function Available({ count }: { count: number }) {
  return count === 0 ? <Badge tone="bad">None left</Badge> : <span className="tabular-nums">{count.toLocaleString("en")}</span>;
}

/** Reference tables: locations with free proxies, and plans with included traffic and billing. */
export function CatalogTables({ catalog }: { catalog: ProxyCatalog }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card className="overflow-x-auto">
        <table className="w-full min-w-[22rem] text-left text-sm" aria-label="Proxy servers">
          <caption className="px-4 pt-3 text-left text-sm font-semibold">Servers</caption>
          <thead className={head}>
            <tr>
              <th className={th}>Location</th>
              <th className={`${th} text-right`}>Free IPv4</th>
              <th className={`${th} text-right`}>Free IPv6</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {catalog.servers.map((server) => (
              <tr key={server.id}>
                <td className="px-4 py-2">
                  <ServerLabel server={server} />
                </td>
                <td className="px-4 py-2 text-right">
                  <Available count={server.availableV4} />
                </td>
                <td className="px-4 py-2 text-right">
                  <Available count={server.availableV6} />
                </td>
              </tr>
            ))}
            {catalog.servers.length === 0 ? (
              <tr>
                <td colSpan={3} className="px-4 py-4 text-slate-500">
                  X4B lists no servers for this account.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </Card>
      <Card className="overflow-x-auto">
        <table className="w-full min-w-[20rem] text-left text-sm" aria-label="Proxy plans">
          <caption className="px-4 pt-3 text-left text-sm font-semibold">Plans</caption>
          <thead className={head}>
            <tr>
              <th className={th}>Plan</th>
              <th className={`${th} text-right`}>Traffic</th>
              <th className={th}>Billing</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {catalog.plans.map((plan) => (
              <tr key={plan.id}>
                <td className="px-4 py-2">{plan.name}</td>
                <td className="px-4 py-2 text-right tabular-nums">{plan.gb > 0 ? `${plan.gb.toLocaleString("en")} GB` : "Metered"}</td>
                <td className="px-4 py-2">{plan.bill === "PAYG" ? "Pay as you go" : plan.bill === "MONTH" ? "Monthly" : plan.bill}</td>
              </tr>
            ))}
            {catalog.plans.length === 0 ? (
              <tr>
                <td colSpan={3} className="px-4 py-4 text-slate-500">
                  X4B lists no plans for this account.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
