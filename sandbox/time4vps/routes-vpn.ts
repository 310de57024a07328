import { createHash } from "node:crypto";

import type { Hono } from "hono";

import { vpnClients, vpnServers, vpnTemplates } from "./catalog";
import { hostbillError, type ApiContext, type ApiEnv } from "./http";
import type { Time4vpsData, VpnAccount } from "./state";
import type { Time4vpsStore } from "./store";

function vpnAccount(c: ApiContext, data: Time4vpsData): VpnAccount | Response {
  const id = c.req.param("id");
  const service = data.services.find((item) => item.id === id && item.kind === "vpn" && item.status === "Active");
  const account = data.vpn.find((item) => item.service_id === id);
  return service && account ? account : hostbillError(c, 404, "Invalid service ID");
}

const loginDetails = (account: VpnAccount) => ({ username: account.username, password: account.password, shared_key: account.shared_key });

function configText(template: (typeof vpnTemplates)[number], server: (typeof vpnServers)[number]): string {
  if (template === "pbk_default") {
    return `[Time4VPN ${server.name}]\r\nMEDIA=rastapi\r\nPort=VPN2-0\r\nDevice=WAN Miniport (IKEv2)\r\nPhoneNumber=${server.ip}\r\nVpnStrategy=7\r\n`;
  }
  const [proto, port] = template === "ovpn_443" ? ["tcp", 443] : ["udp", 1194];
  return `client\ndev tun\nproto ${proto}\nremote ${server.ip} ${port}\nresolv-retry infinite\nnobind\npersist-key\npersist-tun\nauth-user-pass\ncipher AES-256-GCM\nverb 3\nauth-nocache\nremote-cert-tls server\nexplicit-exit-notify=${proto === "udp" ? 1 : 0}\n`;
}

export function mountVpnRoutes(api: Hono<ApiEnv>, store: Time4vpsStore): void {
  api.get("/vpn/servers", (c) => c.json(vpnServers));
  api.get("/vpn/clients", (c) => c.json(vpnClients));

  api.get("/vpn/servers/:id/config/:template", (c) => {
    const server = vpnServers.find((item) => String(item.id) === c.req.param("id"));
    if (!server) return hostbillError(c, 404, "Invalid server ID");
    const template = vpnTemplates.find((item) => item === c.req.param("template"));
    if (!template) return hostbillError(c, 400, `Invalid template, available: ${vpnTemplates.join(", ")}`);
    return c.json({ template: Buffer.from(configText(template, server), "utf8").toString("base64") });
  });

  // The document gives this call no HTTP method; it is a read, so GET (and POST, for clients that guessed so).
  api.on(["GET", "POST"], "/vpn/logindetails", (c) => {
    const data = store.data;
    const oldest = data.services
      .filter((service) => service.kind === "vpn" && service.status === "Active")
      .sort((a, b) => a.date_created.localeCompare(b.date_created))[0];
    const account = oldest && data.vpn.find((item) => item.service_id === oldest.id);
    return account ? c.json(loginDetails(account)) : hostbillError(c, 404, "No active VPN service found");
  });

  api.get("/vpn/:id/details", (c) => {
    const account = vpnAccount(c, store.data);
    return account instanceof Response ? account : c.json(loginDetails(account));
  });

  api.post("/vpn/:id/resetpassword", (c) => {
    const data = store.data;
    const account = vpnAccount(c, data);
    if (account instanceof Response) return account;
    const seed = `${account.service_id}-${data.counters.password++}`;
    account.password = createHash("sha256").update(seed).digest("base64").replace(/[+/=]/g, "").slice(0, 14) + "$9";
    return c.json({ password: account.password });
  });

  api.get("/vpn/:id/history", (c) => {
    const account = vpnAccount(c, store.data);
    return account instanceof Response ? account : c.json(account.history);
  });

  api.get("/vpn/:id/sessions", (c) => {
    const account = vpnAccount(c, store.data);
    return account instanceof Response ? account : c.json(account.sessions);
  });
}
