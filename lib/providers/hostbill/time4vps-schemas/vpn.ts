import { z } from "zod";

import { id, idInput, listOrOne, num, optionalText, text } from "./common";

export const vpnServerSchema = z.looseObject({
  id,
  name: text,
  city: optionalText,
  region: optionalText,
  ip: optionalText,
  lat: num.nullish(),
  lng: num.nullish(),
  load: num.nullish(),
  available: z.boolean().optional(),
});
export const vpnServersResponse = listOrOne(vpnServerSchema);
export const vpnClientsResponse = listOrOne(z.looseObject({ name: text, version: optionalText, url: text }));

/** Base64 of the config file; the decoded text is added for convenience. */
export const vpnConfigResponse = z
  .looseObject({ template: z.base64() })
  .transform((value) => ({ ...value, text: Buffer.from(value.template, "base64").toString("utf8") }));

export const vpnLoginDetailsResponse = z.looseObject({ username: text, password: text, shared_key: optionalText });
export const vpnPasswordResponse = z.looseObject({ password: text });
export const vpnHistoryResponse = z.array(z.looseObject({ period: text, received: num, sent: num, quota: num.optional() }));
export const vpnSessionsResponse = z.array(
  z.looseObject({
    remote_ip: text,
    local_ip: optionalText,
    received: num.optional(),
    sent: num.optional(),
    duration: num.optional(),
    doomed: z.boolean().optional(),
    type: optionalText,
    serverID: id.optional(),
    serverName: optionalText,
    serverCity: optionalText,
    serverRegion: optionalText,
  }),
);

// ---- inputs ----

export const vpnTemplates = ["ovpn_default", "ovpn_443", "pbk_default"] as const;
export const vpnConfigInput = z.object({ id: idInput, template: z.enum(vpnTemplates) });
export const vpnServiceInput = z.object({ id: idInput });
