"use client";

import { useQuery } from "@tanstack/react-query";

import type { OutboundAddress } from "@/lib/capabilities/network/outbound-address";
import { fetchJson } from "@/lib/ui/fetch-json";

const howToFind =
  "Look up the public IPv4 address of the machine Hostdeck runs on (your hosting panel shows it; behind NAT it is the router's public address), or add an ip.php network module connection and Hostdeck shows the address here.";

/** Xtream panels answer only whitelisted addresses: say which one to add, or how to find it. */
export function WhitelistHelp() {
  const query = useQuery({
    queryKey: ["outbound-address"],
    queryFn: ({ signal }) => fetchJson<OutboundAddress>("/api/connections/outbound-address", { signal }),
    staleTime: 5 * 60_000,
    retry: false,
  });
  return (
    <div
      role="note"
      data-testid="whitelist-help"
      className="space-y-1 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-900/60 dark:bg-sky-950/40 dark:text-sky-100"
    >
      <p>
        The panel answers only addresses on its whitelist: add Hostdeck&apos;s in the panel under <em>General Settings → API Settings</em>.
      </p>
      {query.isPending ? <p className="text-sky-800 dark:text-sky-300">Finding the address Hostdeck calls from…</p> : null}
      {query.data?.address ? (
        <p>
          Address to whitelist:{" "}
          <strong className="font-mono" data-testid="outbound-address">
            {query.data.address}
          </strong>{" "}
          <span className="text-sky-800 dark:text-sky-300">(as {query.data.via} sees Hostdeck calling)</span>
        </p>
      ) : null}
      {query.data && query.data.address === null ? (
        <p>
          {query.data.reason === "unreachable" ? `Hostdeck could not ask its ip.php module for its address (${query.data.message ?? "no answer"}). ` : ""}
          {howToFind}
        </p>
      ) : null}
      {query.isError ? <p>{howToFind}</p> : null}
    </div>
  );
}
