"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Play, RotateCw, Square } from "lucide-react";
import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConnectionErrorRow } from "@/components/ui/connection-error";
import { EmptyState, ErrorNote, SuccessNote } from "@/components/ui/states";
import type { IptvStream } from "@/lib/capabilities/iptv/types";

import { startStreamAction, stopStreamAction } from "@/app/(console)/iptv/actions";

import { runBulk } from "./bulk";
import { formatDuration } from "./format";
import { type StreamResults, streamsKey, useStreams } from "./use-streams";

const rowId = (stream: IptvStream) => `${stream.connectionId}:${stream.id}`;

function StreamTable({ title, streams, selected, onToggle, canChange, many }: { title: string; streams: IptvStream[]; selected: Set<string>; onToggle: (id: string) => void; canChange: boolean; many: boolean }) {
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
                {canChange ? <th className="w-10 px-3 py-2"><span className="sr-only">Select</span></th> : null}
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
                      <input type="checkbox" aria-label={`Select ${stream.name}`} checked={selected.has(rowId(stream))} onChange={() => onToggle(rowId(stream))} className="h-4 w-4" />
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

export function StreamsClient({ initial, canChange }: { initial: StreamResults; canChange: boolean }) {
  const queryClient = useQueryClient();
  const { data, isFetching, error } = useStreams(initial);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<{ ok: number; failed: { name: string; message: string }[] } | null>(null);
  const results = data;
  const streams = results.flatMap((result) => (result.ok ? result.value : []));
  const many = results.length > 1;
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
    const outcome = await runBulk(chosen, which === "start" ? startStreamAction : stopStreamAction, (stream) => ({ connectionId: stream.connectionId, streamId: stream.id }));
    setReport({ ok: outcome.filter((item) => item.ok).length, failed: outcome.filter((item) => !item.ok).map((item) => ({ name: item.item.name, message: item.message })) });
    setSelected(new Set());
    await queryClient.invalidateQueries({ queryKey: streamsKey });
    setRunning(false);
  };

  if (results.length === 0) return <EmptyState title="No IPTV panel connected">Add an Xtream-UI panel on the connections page.</EmptyState>;

  return (
    <div className="space-y-6">
      {results.map((result) => (result.ok ? null : <ConnectionErrorRow key={result.connection.id} label={result.connection.label} kindLabel={result.connection.kindLabel} message={result.error.message} />))}
      {canChange ? (
        <div className="sticky top-2 z-10 flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white p-2 text-sm dark:border-slate-800 dark:bg-slate-900" role="region" aria-label="Stream commands">
          <span className="px-2">{chosen.length} selected</span>
          <Button size="sm" disabled={chosen.length === 0} pending={running} onClick={() => void command("start")}>
            <Play className="h-4 w-4" aria-hidden /> Start / restart
          </Button>
          <Button size="sm" variant="secondary" disabled={chosen.length === 0 || running} onClick={() => void command("stop")}>
            <Square className="h-4 w-4" aria-hidden /> Stop
          </Button>
          <Button size="sm" variant="ghost" disabled={isFetching} onClick={() => void queryClient.invalidateQueries({ queryKey: streamsKey })}>
            <RotateCw className={`h-4 w-4 ${isFetching ? "animate-spin" : ""}`} aria-hidden /> Refresh
          </Button>
        </div>
      ) : null}
      <div aria-live="polite" className="space-y-2">
        {error ? <ErrorNote>{error.message}</ErrorNote> : null}
        {report ? (
          <SuccessNote>
            <span data-testid="stream-report">
              {report.ok} done{report.failed.length ? `, ${report.failed.length} failed: ${report.failed.map((item) => `${item.name} (${item.message})`).join("; ")}` : ""}. Status refreshed.
            </span>
          </SuccessNote>
        ) : null}
      </div>
      <StreamTable title="Online" streams={streams.filter((stream) => stream.online)} selected={selected} onToggle={toggle} canChange={canChange} many={many} />
      <StreamTable title="Offline" streams={streams.filter((stream) => !stream.online)} selected={selected} onToggle={toggle} canChange={canChange} many={many} />
    </div>
  );
}
