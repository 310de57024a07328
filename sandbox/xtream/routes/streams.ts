import { fail, messages } from "../messages";
import { dataParam, integerValue } from "../request";
import type { StreamRow, XtreamState } from "../types";
import { type Handler, type HandlerContext } from "./context";

function streamRow(state: XtreamState, stream: StreamRow, now: number): Record<string, string | null> {
  const category = state.categories.find((item) => item.id === stream.category_id);
  const server = state.servers.find((item) => item.id === stream.server_id);
  return {
    id: String(stream.id),
    stream_display_name: stream.stream_display_name,
    category_id: String(stream.category_id),
    category_name: category?.category_name ?? null,
    server_id: String(stream.server_id),
    server_name: server?.server_name ?? null,
    stream_source: JSON.stringify([stream.stream_source]),
    stream_status: stream.online ? "1" : "0",
    pid: stream.pid === null ? null : String(stream.pid),
    stream_started: stream.stream_started === null ? null : String(stream.stream_started),
    uptime: stream.stream_started === null ? null : String(now - stream.stream_started),
    bitrate: stream.bitrate === null ? null : String(stream.bitrate),
    offline_reason: stream.online ? null : stream.offline_reason,
  };
}

/** Stream ids as `id`, `stream_id`, `stream_ids[]`, `data[id]` or a path segment: every reading of the lost URLs. */
function requestedIds({ request }: HandlerContext): number[] | undefined {
  const { params } = request;
  const data = dataParam(params);
  const candidates = [params.stream_ids, params.id, params.stream_id, data.stream_ids, data.id, request.extraSegments[0]];
  for (const candidate of candidates) {
    if (candidate === undefined || candidate === "") continue;
    const list = Array.isArray(candidate) ? candidate : typeof candidate === "object" && candidate ? Object.values(candidate) : String(candidate).split(",");
    const ids = list.map(integerValue);
    return ids.some((id) => id === undefined) ? [] : (ids as number[]);
  }
  return undefined;
}

function withStreams(context: HandlerContext, change: (stream: StreamRow) => void): ReturnType<Handler> {
  const ids = requestedIds(context);
  if (ids === undefined) return fail(messages.missingParameter("id"));
  const streams = ids.map((id) => context.state.streams.find((stream) => stream.id === id));
  if (streams.length === 0 || streams.some((stream) => stream === undefined)) return fail(messages.streamNotFound);
  for (const stream of streams as StreamRow[]) change(stream);
  return { result: true };
}

const listOnline: Handler = ({ state, now }) => ({
  result: true,
  streams: state.streams.filter((stream) => stream.online).map((stream) => streamRow(state, stream, now)),
});
const listOffline: Handler = ({ state, now }) => ({
  result: true,
  streams: state.streams.filter((stream) => !stream.online).map((stream) => streamRow(state, stream, now)),
});

/** (Re)starts; a stream whose server is offline is queued by the panel and stays offline until the server returns. */
const startStreams: Handler = (context) =>
  withStreams(context, (stream) => {
    const server = context.state.servers.find((item) => item.id === stream.server_id);
    if (server?.status !== 1) {
      stream.online = false;
      stream.offline_reason = "Server offline";
      return;
    }
    stream.online = true;
    stream.pid = 30_000 + stream.id;
    stream.stream_started = context.now;
    stream.bitrate ??= 4_000;
    stream.offline_reason = "";
  });

const stopStreams: Handler = (context) =>
  withStreams(context, (stream) => {
    stream.online = false;
    stream.pid = null;
    stream.stream_started = null;
    stream.bitrate = null;
    stream.offline_reason = "Stopped";
    context.state.connections = context.state.connections.filter((connection) => connection.stream_id !== stream.id);
  });

export const streamRoutes: Record<string, Handler> = {
  online: listOnline,
  offline: listOffline,
  start: startStreams,
  restart: startStreams,
  enable: startStreams,
  stop: stopStreams,
  disable: stopStreams,
};
