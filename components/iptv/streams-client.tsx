"use client";

import { Play, RotateCw, Square } from "lucide-react";
import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState, SuccessNote } from "@/components/ui/states";
import type { StartedRead } from "@/lib/capabilities/core/connections";
import { startStreamAction, stopStreamAction } from "@/lib/capabilities/iptv/actions";
import type { IptvStream } from "@/lib/capabilities/iptv/types";

import { runBulk } from "./bulk";
import { formatDuration } from "./format";
import { answeredRows, NoRowsYet, PanelStatus } from "./panel-status";
import { useIptvLists } from "./use-iptv-lists";

const rowId = (stream: IptvStream) => `${stream.connectionId}:${stream.id}`;

function StreamTable({
  title,
  streams,
  selected,
  onToggle,
  canChange,
  many,
}: {
  title: string;
  streams: IptvStream[];
  selected: Set<string>;
  onToggle: (id: string) => void;
  canChange: boolean;
  many: boolean;
}) {
  return (
    <section aria-label={title} className="space-y-2">
      <h2 className="text-lg font-semibold">
        {title} <span className="text-sm font-normal text-slate-500">({streams.length})</span>
      </h2>
      {streams.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">None.</p>
      ) : (
        <Card className="relative overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500 dark:border-slate-800">
              <tr>
                {canChange ? (
                  <th className="w-10 px-3 py-2">
                    <span className="sr-only">Select</span>
                  </th>
                ) : null}
                <th className="px-3 py-2">Stream</th>
                <th className="px-3 py-2">Status</th>
                <th className="px-3 py-2">Server</th>
                <th className="px-3 py-2">Uptime / reason</th>
                <th className="px-3 py-2 text-right">Bitrate</th>
                {many ? <th className="px-3 py-2">Panel</th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {streams.map((stream) => (
                <tr key={rowId(stream)} data-testid="stream-row" data-name={stream.name} data-online={stream.online}>
                  {canChange ? (
                    <td className="px-3 py-2">
                      <input
                        type="checkbox"
                        aria-label={`Select ${stream.name}`}
                        checked={selected.has(rowId(stream))}
                        onChange={() => onToggle(rowId(stream))}
                        className="h-4 w-4"
                      />
                    </td>
                  ) : null}
                  <td className="px-3 py-2">
                    <span className="block font-medium">{stream.name}</span>
                    <span className="block text-xs text-slate-500">{stream.category ?? ""}</span>
                  </td>
                  <td className="px-3 py-2">
                    <Badge tone={stream.online ? "good" : "bad"}>{stream.online ? "online" : "offline"}</Badge>
                  </td>
                  <td className="px-3 py-2">{stream.serverName ?? "—"}</td>
                  <td className="px-3 py-2">{stream.online ? formatDuration(stream.uptime) : (stream.offlineReason ?? "—")}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{stream.bitrate ? `${stream.bitrate} kb/s` : "—"}</td>
                  {many ? <td className="px-3 py-2">{stream.connectionLabel}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </section>
  );
}

/** Every panel's streams, online first; each panel's rows appear as soon as it answers, whatever the slowest does. */
export function StreamsClient({ lists, canChange }: { lists: StartedRead<IptvStream[]>[]; canChange: boolean }) {
  const { states, refresh, refreshing } = useIptvLists(lists, "streams");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<{ ok: number; failed: { name: string; message: string }[] } | null>(null);
  const streams = answeredRows(states, (rows) => rows);
  const many = lists.length > 1;
  const chosen = streams.filter((stream) => selected.has(rowId(stream)));

  const toggle = (id: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const command = async (which: "start" | "stop") => {
    setRunning(true);
    setReport(null);
    const outcome = await runBulk(chosen, which === "start" ? startStreamAction : stopStreamAction, (stream) => ({
      connectionId: stream.connectionId,
      streamId: stream.id,
    }));
    setReport({
      ok: outcome.filter((item) => item.ok).length,
      failed: outcome.filter((item) => !item.ok).map((item) => ({ name: item.item.name, message: item.message })),
    });
    setSelected(new Set());
    await refresh();
    setRunning(false);
  };

  return (
    <div className="space-y-6">
      <PanelStatus states={states} />
      {canChange ? (
        <div
          className="sticky top-2 z-10 flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white p-2 text-sm dark:border-slate-800 dark:bg-slate-900"
          role="region"
          aria-label="Stream commands"
        >
          <span className="px-2">{chosen.length} selected</span>
          <Button size="sm" disabled={chosen.length === 0} pending={running} onClick={() => void command("start")}>
            <Play className="h-4 w-4" aria-hidden /> Start / restart
          </Button>
          <Button size="sm" variant="secondary" disabled={chosen.length === 0 || running} onClick={() => void command("stop")}>
            <Square className="h-4 w-4" aria-hidden /> Stop
          </Button>
          <Button size="sm" variant="ghost" disabled={refreshing} onClick={() => void refresh()}>
            <RotateCw className={`h-4 w-4 ${refreshing ? "animate-spin" : ""}`} aria-hidden /> Refresh
          </Button>
        </div>
      ) : null}
      <div aria-live="polite" className="space-y-2">
        {report ? (
          <SuccessNote>
            <span data-testid="stream-report">
              {report.ok} done
              {report.failed.length ? `, ${report.failed.length} failed: ${report.failed.map((item) => `${item.name} (${item.message})`).join("; ")}` : ""}.
              Status refreshed.
            </span>
          </SuccessNote>
        ) : null}
      </div>
      {streams.length === 0 ? (
        <NoRowsYet states={states} label="Loading streams" empty={<EmptyState title="No streams">The panel reported no streams.</EmptyState>} />
      ) : (
        <>
          <StreamTable
            title="Online"
            streams={streams.filter((stream) => stream.online)}
            selected={selected}
            onToggle={toggle}
            canChange={canChange}
            many={many}
          />
          <StreamTable
            title="Offline"
            streams={streams.filter((stream) => !stream.online)}
            selected={selected}
            onToggle={toggle}
            canChange={canChange}
            many={many}
          />
        </>
      )}
    </div>
  );
}
