import { z } from "zod";

import { dataAs, extraField, flag, intLike, ipAddress, modifiedAnswer, nullableInt, nullableText, phpList, recordId } from "./common";

export const serverRow = z.looseObject({
  id: intLike,
  server_name: z.string(),
  server_ip: z.string(),
  vpn_ip: nullableText.optional(),
  domain_name: nullableText.optional(),
  is_main: flag.optional(),
  /** 1 is online; other values are the panel's offline / installing states. */
  status: intLike,
  http_broadcast_port: nullableInt.optional(),
  total_clients: nullableInt.optional(),
  online_clients: nullableInt.optional(),
  last_check_ago: nullableInt.optional(),
});
export type ServerRow = z.output<typeof serverRow>;

export const listServersAnswer = z.preprocess(dataAs("servers"), z.looseObject({ servers: phpList(serverRow) }));

export const viewServerAnswer = z.preprocess(dataAs("server_info"), z.looseObject({ server_info: serverRow }));

export const serverRefInput = z.object({ id: recordId });
export type ServerRefInput = z.input<typeof serverRefInput>;

export const serverFields = z
  .object({
    server_name: z.string().trim().min(1).max(255).optional(),
    domain_name: z.string().trim().max(255).optional(),
    server_ip: ipAddress.optional(),
    /** Empty clears the VPN address. */
    vpn_ip: z.union([z.literal(""), ipAddress]).optional(),
    http_broadcast_port: z.number().int().min(1).max(65_535).optional(),
    https_broadcast_port: z.number().int().min(1).max(65_535).optional(),
    rtmp_port: z.number().int().min(1).max(65_535).optional(),
    total_clients: z.number().int().min(0).optional(),
    network_interface: z.string().trim().max(255).optional(),
    enable_geoip: z.boolean().optional(),
  })
  .catchall(extraField);

export const updateServerInput = z.object({
  id: recordId,
  data: serverFields.refine((data) => Object.keys(data).length > 0, "Nothing to change"),
});
export type UpdateServerInput = z.input<typeof updateServerInput>;

/** Note the key with a space, as the document prints it. */
export const updateServerAnswer = modifiedAnswer.extend({ name: z.string(), "IP address": z.string() });
export type UpdateServerAnswer = z.output<typeof updateServerAnswer>;
