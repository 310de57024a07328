import { z } from "zod";

import { dataAs, intLike, nullableInt, nullableText, phpList, recordId } from "./common";

export const streamRow = z.looseObject({
  id: intLike,
  stream_display_name: z.string(),
  category_id: nullableInt.optional(),
  category_name: nullableText.optional(),
  server_id: nullableInt.optional(),
  server_name: nullableText.optional(),
  /** 1 while running. */
  stream_status: nullableInt.optional(),
  pid: nullableInt.optional(),
  stream_started: nullableInt.optional(),
  uptime: nullableInt.optional(),
  bitrate: nullableInt.optional(),
  offline_reason: nullableText.optional(),
});
export type StreamRow = z.output<typeof streamRow>;

export const listStreamsAnswer = z.preprocess(dataAs("streams"), z.looseObject({ streams: phpList(streamRow) }));

export const streamRefInput = z.object({ id: recordId });
export type StreamRefInput = z.input<typeof streamRefInput>;
