import { parseProviderData } from "../../core/parse";
import { parseInput } from "../input";
import type { PanelCaller } from "../request";
import { doneAnswer, listStreamsAnswer, streamRefInput, type StreamRefInput } from "../schemas";

export function streamMethods(call: PanelCaller) {
  async function list(action: "online" | "offline") {
    const answer = await call({ group: "streams", action, idempotent: true });
    return parseProviderData(listStreamsAnswer, answer, `streams/${action} answer`).streams;
  }

  async function command(action: "start" | "stop", input: StreamRefInput) {
    const { id } = parseInput(streamRefInput, input);
    const answer = await call({ group: "streams", action, query: { id } });
    parseProviderData(doneAnswer, answer, `streams/${action} answer`);
    return { id };
  }

  return {
    /** streams/online */
    listOnlineStreams: () => list("online"),
    /** streams/offline */
    listOfflineStreams: () => list("offline"),
    /** streams/start: enables and (re)starts; a stream on an offline server stays offline until it returns. */
    startStream: (input: StreamRefInput) => command("start", input),
    /** streams/stop: disables and stops. */
    stopStream: (input: StreamRefInput) => command("stop", input),
  };
}
