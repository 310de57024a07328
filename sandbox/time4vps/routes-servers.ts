import type { Hono } from "hono";
import ipaddr from "ipaddr.js";

import { iso } from "./dates";
import { relativeName } from "./dns-validation";
import { graphTypes, graphUrl } from "./graphs";
import { flag, hostbillError, intOf, isHostname, readInput, str, type ApiContext, type ApiEnv, type Body } from "./http";
import type { Server, TaskName, Time4vpsData } from "./state";
import type { Time4vpsStore } from "./store";
import { activeTask, findTask, lastTasks, startTask, taskView } from "./tasks";

const BUSY_MESSAGE = "Server has an active task, wait until it is completed. You can run one task per server at a time.";

const activeServers = (data: Time4vpsData) =>
  data.servers.filter((server) => data.services.some((service) => service.id === server.id && service.status === "Active"));

function serverOf(c: ApiContext, data: Time4vpsData): Server | Response {
  const server = activeServers(data).find((item) => item.id === c.req.param("server_id"));
  return server ?? hostbillError(c, 404, "Invalid server ID");
}

function serverDetails(data: Time4vpsData, server: Server, now: number) {
  const service = data.services.find((item) => item.id === server.id);
  const active = activeTask(data, server.id, now);
  const last = lastTasks(data, server.id, now);
  return {
    synch_date: iso(now - 60_000),
    package_id: server.package_id,
    domain: server.domain,
    label: service?.label ?? "",
    status: service?.status ?? "Active",
    cpu_frequency: server.cpu_frequency,
    cpu_cores: server.cpu_cores,
    ram_limit: server.ram_limit,
    ram_used: server.ram_used,
    disk_limit: server.disk_limit,
    disk_usage: server.disk_usage,
    bw_limit: server.bw_limit,
    bw_in: server.bw_in,
    bw_out: server.bw_out,
    os: server.os,
    ip: server.ip,
    additional_ip: server.additional_ip,
    dns_servers: server.dns_servers,
    components: server.components,
    active_task: active ? taskView(active, now) : null,
    last_tasks: last.length ? last.map((task) => taskView(task, now)) : null,
  };
}

type ActionCheck = (body: Body, server: Server, data: Time4vpsData) => { params?: Record<string, string>; errors: string[] };

const sshKeyPattern = /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh\.com) [A-Za-z0-9+/]+=*( .*)?$/;

const actions: Record<string, { task: TaskName; check: ActionCheck }> = {
  reboot: { task: "server_reboot", check: () => ({ params: {}, errors: [] }) },
  reinstall: {
    task: "server_recreate",
    check: (body, server, data) => {
      const os = str(body.os);
      const errors: string[] = [];
      if (!os) errors.push("Field 'os' is required");
      else if (!server.oses.some((item) => item.os === os)) errors.push(`Field 'os' is invalid: ${os} is not available for this server`);
      const script = str(body.script);
      if (script && !data.scripts.some((item) => String(item.id) === script)) errors.push("Field 'script' is invalid: unknown init script");
      const sshKey = str(body.ssh_key);
      if (sshKey && !sshKeyPattern.test(sshKey)) errors.push("Field 'ssh_key' is invalid: not an OpenSSH public key");
      return { params: { os, script, ssh_key: sshKey ? "set" : "" }, errors };
    },
  },
  resetpassword: { task: "server_reset_password", check: () => ({ params: {}, errors: [] }) },
  webconsole: {
    task: "server_web_console",
    check: (body) => {
      const timeout = str(body.timeout);
      const errors: string[] = [];
      if (!timeout) errors.push("Field 'timeout' is required");
      else if (!["1h", "3h", "6h", "12h", "24h"].includes(timeout)) errors.push("Field 'timeout' is invalid: valid values are 1h, 3h, 6h, 12h, 24h");
      const whitelabel = str(body.whitelabel).toLowerCase();
      if (!whitelabel) errors.push("Field 'whitelabel' is required");
      else if (!["true", "false", "1", "0"].includes(whitelabel)) errors.push("Field 'whitelabel' is invalid: valid values are true, false");
      return { params: { timeout, whitelabel: String(flag(whitelabel)) }, errors };
    },
  },
  rename: {
    task: "server_rename",
    check: (body, server, data) => {
      const hostname = str(body.hostname).toLowerCase().replace(/\.$/, "");
      if (!hostname) return { errors: ["Field 'hostname' is required"] };
      if (!isHostname(hostname) || !hostname.includes(".")) return { errors: ["Field 'hostname' is invalid: use a fully qualified domain name"] };
      // Only names in this account's zones can be checked; elsewhere the provider trusts the client.
      for (const zone of data.zones) {
        if (hostname !== zone.name && !hostname.endsWith(`.${zone.name}`)) continue;
        const name = relativeName(hostname, zone.name);
        const addresses = zone.records.filter((record) => record.name === name && record.type === "A").map((record) => record.content);
        if (!addresses.includes(server.ip))
          return { errors: [`Field 'hostname' is invalid: ${hostname} must point to the server main IP address ${server.ip}`] };
      }
      return { params: { hostname }, errors: [] };
    },
  },
  changeptr: {
    task: "server_change_ptr",
    check: (body, server) => {
      if (server.additional_ip.length === 0) return { errors: ["Server does not have additional IP addresses"] };
      const ip = str(body.ip_address);
      const hostname = str(body.hostname).toLowerCase().replace(/\.$/, "");
      const errors: string[] = [];
      if (!ip) errors.push("Field 'ip_address' is required");
      else if (!server.additional_ip.includes(ip)) errors.push(`Field 'ip_address' is invalid: ${ip} is not an additional IP of this server`);
      if (!hostname) errors.push("Field 'hostname' is required");
      else if (!isHostname(hostname) || !hostname.includes(".")) errors.push("Field 'hostname' is invalid: use a fully qualified domain name");
      return { params: { ip_address: ip, hostname }, errors };
    },
  },
  flushfirewall: { task: "server_flush_iptables", check: () => ({ params: {}, errors: [] }) },
  changedns: {
    task: "server_change_dns",
    check: (body) => {
      const params: Record<string, string> = {};
      const errors: string[] = [];
      if (!str(body.ns1)) errors.push("Field 'ns1' is required");
      for (const key of ["ns1", "ns2", "ns3", "ns4"]) {
        const value = str(body[key]);
        if (!value) continue;
        if (!ipaddr.isValid(value)) errors.push(`Field '${key}' is invalid: use the name server's IP address`);
        params[key] = value;
      }
      return { params, errors };
    },
  },
};

export function mountServerRoutes(api: Hono<ApiEnv>, store: Time4vpsStore): void {
  api.get("/server", (c) => {
    const data = store.data;
    return c.json(
      activeServers(data).map((server) => {
        const service = data.services.find((item) => item.id === server.id);
        return {
          server_id: Number(server.id),
          domain: server.domain,
          ip: server.ip,
          date_created: service?.date_created ?? "",
          synch_date: iso(Date.now() - 60_000)
            .slice(0, 19)
            .replace("T", " "),
          label: service?.label ?? "",
          type: server.type,
        };
      }),
    );
  });

  api.get("/server/:server_id", (c) => {
    const data = store.data;
    const server = serverOf(c, data);
    return server instanceof Response ? server : c.json(serverDetails(data, server, Date.now()));
  });

  api.get("/server/:server_id/task/:task_id", (c) => {
    const data = store.data;
    const server = serverOf(c, data);
    if (server instanceof Response) return server;
    const task = findTask(data, server.id, c.req.param("task_id"));
    return task ? c.json(taskView(task, Date.now())) : hostbillError(c, 404, "Invalid task ID");
  });

  for (const [path, action] of Object.entries(actions)) {
    api.post(`/server/:server_id/${path}`, async (c) => {
      const data = store.data;
      const server = serverOf(c, data);
      if (server instanceof Response) return server;
      const now = Date.now();
      if (activeTask(data, server.id, now)) return hostbillError(c, 400, BUSY_MESSAGE);
      const { params, errors } = action.check(await readInput(c), server, data);
      if (errors.length || !params) return hostbillError(c, 400, ...errors);
      return c.json({ task_id: startTask(data, server.id, action.task, params, now, { fails: c.env.failTask }).id });
    });
  }

  api.get("/server/:server_id/oses", (c) => {
    const server = serverOf(c, store.data);
    return server instanceof Response ? server : c.json(server.oses);
  });

  api.get("/server/:server_id/ips", (c) => {
    const server = serverOf(c, store.data);
    if (server instanceof Response) return server;
    // The document's shape exactly: no PTRs (Time4VPS documents no way to read one).
    return c.json([{ ips: server.additional_ip }]);
  });

  api.get("/server/:server_id/graphs/:width", (c) => {
    const server = serverOf(c, store.data);
    if (server instanceof Response) return server;
    const width = intOf(c.req.param("width"));
    if (width === undefined || width < 200 || width > 768) return hostbillError(c, 400, "Field 'width' is invalid: Image Width (min 200px, max 768px)");
    const host = c.req.header("host") ?? "127.0.0.1";
    return c.json(graphTypes.map((type) => ({ type, url: graphUrl(host, server.id, type, width, Date.now()) })));
  });

  api.get("/server/:server_id/history", (c) => {
    const server = serverOf(c, store.data);
    return server instanceof Response ? server : c.json(server.history);
  });

  api.get("/scripts", (c) => c.json(store.data.scripts.map(({ id, name, syntax }) => ({ id, name, syntax }))));

  api.get("/scripts/:id", (c) => {
    const script = store.data.scripts.find((item) => String(item.id) === c.req.param("id"));
    return script ? c.json(script) : hostbillError(c, 404, "Invalid script ID");
  });
}
