import ipaddr from "ipaddr.js";
import { z } from "zod";

import { hostnameInput, id, idInput, listOrOne, num, optionalText, text } from "./common";

/** Task names Time4VPS reports; results can also be asked by name (the latest task of that name). */
export const taskNames = [
  "server_reboot",
  "server_recreate",
  "server_reset_password",
  "server_web_console",
  "server_flush_iptables",
  "server_rename",
  "server_change_ptr",
  "server_change_dns",
] as const;

export const taskSchema = z.looseObject({
  id: id.optional(),
  name: text,
  activated: text,
  /** Empty string until the step has happened. */
  assigned: z.string().nullish(),
  completed: z.string().nullish(),
  results: z.string().nullish(),
});

export const serverSummarySchema = z.looseObject({
  server_id: id,
  domain: optionalText,
  ip: optionalText,
  date_created: optionalText,
  synch_date: optionalText,
  label: optionalText,
  type: optionalText,
});
export const serverListResponse = listOrOne(serverSummarySchema);

export const serverDetailsResponse = z.looseObject({
  synch_date: optionalText,
  package_id: id.nullish(),
  domain: optionalText,
  label: optionalText,
  status: optionalText,
  cpu_frequency: num.nullish(),
  cpu_cores: num.nullish(),
  ram_limit: num.nullish(),
  ram_used: num.nullish(),
  disk_limit: num.nullish(),
  disk_usage: num.nullish(),
  bw_limit: num.nullish(),
  bw_in: num.nullish(),
  bw_out: num.nullish(),
  os: optionalText,
  ip: optionalText,
  additional_ip: z.array(z.string()).nullish(),
  dns_servers: z.array(z.string()).nullish(),
  components: z.array(z.looseObject({ id, name: text, selected: z.boolean().optional() })).nullish(),
  active_task: taskSchema.nullish(),
  last_tasks: z.union([z.array(taskSchema), z.record(z.string(), taskSchema)]).nullish(),
});

export const taskStartedResponse = z.looseObject({ task_id: num });
export const osListResponse = z.array(z.looseObject({ os: text, title: text }));
export const additionalIpsResponse = z.array(z.looseObject({ ips: z.array(z.string()) }));
export const usageGraphsResponse = z.array(z.looseObject({ type: text, url: text }));
export const usageHistoryResponse = z.array(
  z.looseObject({
    year: num,
    month: num,
    bw_in: num,
    bw_out: num,
    quota_usage: num.optional(),
    quota_limit: num.optional(),
    inode_usage: num.optional(),
    inode_limit: num.optional(),
  }),
);

export const initScriptSummary = z.looseObject({ id, name: text, syntax: optionalText });
export const initScriptListResponse = listOrOne(initScriptSummary);
export const initScriptResponse = initScriptSummary.extend({ content: text });

// ---- inputs ----

const ipv4 = z
  .string()
  .trim()
  .refine((value) => ipaddr.IPv4.isValidFourPartDecimal(value), "expected an IPv4 address");
const anyIp = z
  .string()
  .trim()
  .refine((value) => ipaddr.isValid(value), "expected an IP address");

export const serverIdInput = z.object({ server_id: idInput });
export const taskResultInput = z.object({ server_id: idInput, task_id: z.union([idInput, z.enum(taskNames)]) });
export const reinstallInput = z.object({
  server_id: idInput,
  os: z.string().trim().min(1).max(100),
  script: idInput.optional(),
  ssh_key: z
    .string()
    .trim()
    .regex(/^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\.com) [A-Za-z0-9+/]+=*( .*)?$/, "expected an OpenSSH public key")
    .optional(),
});
export const webConsoleInput = z.object({
  server_id: idInput,
  timeout: z.enum(["1h", "3h", "6h", "12h", "24h"]),
  whitelabel: z.boolean(),
});
export const renameInput = z.object({ server_id: idInput, hostname: hostnameInput });
export const changePtrInput = z.object({ server_id: idInput, ip_address: ipv4, hostname: hostnameInput });
export const changeDnsInput = z.object({
  server_id: idInput,
  ns1: anyIp,
  ns2: anyIp.optional(),
  ns3: anyIp.optional(),
  ns4: anyIp.optional(),
});
export const graphsInput = z.object({ server_id: idInput, width: z.number().int().min(200).max(768).default(576) });
export const scriptIdInput = z.object({ id: idInput });
