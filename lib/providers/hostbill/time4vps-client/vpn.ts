import type { z } from "zod";

import { parseInput } from "../../core/input";
import * as s from "../time4vps-schemas";
import { segment, type HostbillCore } from "../transport";

type In<S extends z.ZodType> = z.input<S>;

export function vpnMethods(core: HostbillCore) {
  return {
    listVpnServers: async () => core.get("/vpn/servers", s.vpnServersResponse),

    listVpnClients: async () => core.get("/vpn/clients", s.vpnClientsResponse),

    /** Base64 config for one server and template, with the decoded `text`. */
    getVpnConfig: async (input: In<typeof s.vpnConfigInput>) => {
      const { id, template } = parseInput(s.vpnConfigInput, input);
      return core.get(`/vpn/servers/${segment(id)}/config/${segment(template)}`, s.vpnConfigResponse);
    },

    /** Login details of the oldest VPN plan. The document names no HTTP method; it is a read, so GET. */
    getVpnLoginDetails: async () => core.get("/vpn/logindetails", s.vpnLoginDetailsResponse),

    getVpnDetails: async (input: In<typeof s.vpnServiceInput>) => {
      const { id } = parseInput(s.vpnServiceInput, input);
      return core.get(`/vpn/${segment(id)}/details`, s.vpnLoginDetailsResponse);
    },

    resetVpnPassword: async (input: In<typeof s.vpnServiceInput>) => {
      const { id } = parseInput(s.vpnServiceInput, input);
      return (await core.post(`/vpn/${segment(id)}/resetpassword`, s.vpnPasswordResponse)).password;
    },

    getVpnHistory: async (input: In<typeof s.vpnServiceInput>) => {
      const { id } = parseInput(s.vpnServiceInput, input);
      return core.get(`/vpn/${segment(id)}/history`, s.vpnHistoryResponse);
    },

    getVpnSessions: async (input: In<typeof s.vpnServiceInput>) => {
      const { id } = parseInput(s.vpnServiceInput, input);
      return core.get(`/vpn/${segment(id)}/sessions`, s.vpnSessionsResponse);
    },
  };
}
