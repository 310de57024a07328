import type { IptvAdapter, SubscriptionState } from "@/lib/capabilities/iptv/adapter";
import type { SubscriptionKind } from "@/lib/capabilities/iptv/subscription-kinds";
import type { IptvSubscriptionDetail } from "@/lib/capabilities/iptv/types";

import { uncached } from "../../core/read-cache/cached-client";
import type { ConnectionRef } from "../../core/types";
import type { XtreamClient } from "../client";
import { mapAdmin, mapLineInfo, mapMagInfo, mapReseller, mapServer, mapStream } from "./iptv-mapping";

type ResellerNames = ReadonlyMap<number, string>;

/** What the panel's `line/*` and `mag/*` calls do alike, per kind: the rest of the adapter never asks which. */
interface SubscriptionCalls {
  info(reader: XtreamClient, key: string, names: Promise<ResellerNames>): Promise<IptvSubscriptionDetail>;
  update(key: string, data: { expire_date?: number; disabled?: boolean }): Promise<unknown>;
  remove(key: string): Promise<unknown>;
}

const stateData = (state: SubscriptionState) => ({
  ...(state.expiresAt !== undefined ? { expire_date: state.expiresAt } : {}),
  ...(state.disabled !== undefined ? { disabled: state.disabled } : {}),
});

/**
 * Xtream-UI panels as IPTV: lines and MAG devices (the panel cannot list them; callers name the keys), resellers
 * and their credits, streams, the panel's servers and administrators. `client` is the connection's client behind
 * the read cache (xtream/read-policy.ts says which calls are reads); a fresh read goes past it.
 */
export function xtreamIptvAdapter(client: XtreamClient, connection: ConnectionRef): IptvAdapter {
  const resellerNames = async (): Promise<ResellerNames> => new Map((await client.listResellers()).map((row) => [row.id, row.username]));

  const calls: Record<SubscriptionKind, SubscriptionCalls> = {
    line: {
      info: async (reader, key, names) => mapLineInfo(await reader.getLineInfo({ username: key }), connection, await names),
      update: (key, data) => client.updateLine({ username: key, data }),
      remove: (key) => client.deleteLine({ username: key }),
    },
    mag: {
      info: async (reader, key, names) => mapMagInfo(await reader.getMagInfo({ mac_address: key }), connection, await names),
      update: (key, data) => client.updateMag({ mac_address: key, data }),
      remove: (key) => client.deleteMag({ mac_address: key }),
    },
  };

  return {
    async subscription(ref, options = {}) {
      const names = resellerNames();
      // A failed reseller list must not leave an unhandled rejection while the info call fails first.
      names.catch(() => {});
      return calls[ref.kind].info(options.fresh ? uncached(client) : client, ref.key, names);
    },

    async createSubscription(input) {
      const common = {
        ...(input.expire_date !== null ? { expire_date: input.expire_date } : {}),
        ...(input.subscription_plan_id !== null ? { subscription_plan_id: input.subscription_plan_id } : {}),
        ...(input.reseller_id !== null ? { reseller_id: input.reseller_id } : {}),
        max_allowed_connections: input.max_allowed_connections,
        notes: input.notes,
      };
      if (input.kind === "line") {
        const answer = await client.createLine({
          ...common,
          ...(input.username ? { username: input.username } : {}),
          ...(input.password ? { password: input.password } : {}),
          restreamer: input.restreamer,
          allowed_ips: input.allowed_ips,
          allowed_user_agents: input.allowed_user_agents,
          isp_lock: input.isp_lock,
        });
        return { id: answer.created_id, key: answer.username, password: answer.password };
      }
      const answer = await client.createMag({ ...common, mac_address: input.mac_address, lock_device: input.lock_device });
      return { id: answer.created_id, key: (answer.mac_address ?? input.mac_address).toUpperCase(), password: null };
    },

    async updateSubscription(edit) {
      const common = {
        ...(edit.expire_date !== undefined ? { expire_date: edit.expire_date } : {}),
        max_allowed_connections: edit.max_allowed_connections,
        reseller_id: edit.reseller_id,
        notes: edit.notes,
      };
      if (edit.kind === "line") {
        await client.updateLine({
          username: edit.key,
          data: {
            ...common,
            ...(edit.password ? { password: edit.password } : {}),
            restreamer: edit.restreamer,
            allowed_ips: edit.allowed_ips,
            allowed_user_agents: edit.allowed_user_agents,
            isp_lock: edit.isp_lock,
          },
        });
      } else {
        await client.updateMag({ mac_address: edit.key, data: { ...common, lock_device: edit.lock_device } });
      }
    },

    async setSubscriptionState(ref, state) {
      await calls[ref.kind].update(ref.key, stateData(state));
    },

    async deleteSubscription(ref) {
      await calls[ref.kind].remove(ref.key);
    },

    async resellers() {
      const rows = await client.listResellers();
      const owners = new Map(rows.map((row) => [row.id, row.username]));
      return rows.map((row) => mapReseller(row, connection, owners));
    },

    async createReseller(input) {
      const answer = await client.createReseller({
        name: input.name,
        ...(input.password ? { password: input.password } : {}),
        ...(input.email ? { email: input.email } : {}),
        max_allowed_connections: input.max_allowed_connections,
        use_credits: input.use_credits,
        credits: input.credits,
        notes: input.notes,
      });
      return { id: answer.created_id, username: answer.username ?? input.name, password: answer.password ?? (input.password || null) };
    },

    async updateReseller(edit) {
      const answer = await client.updateReseller({
        id: edit.resellerId,
        data: {
          ...(edit.email ? { email: edit.email } : {}),
          ...(edit.password ? { password: edit.password } : {}),
          max_allowed_connections: edit.max_allowed_connections,
          use_credits: edit.use_credits,
          status: edit.status,
          notes: edit.notes,
        },
      });
      return { username: answer.username ?? `#${edit.resellerId}` };
    },

    async addResellerCredits(resellerId, credits) {
      const answer = await client.addResellerCredits({ id: resellerId, credits });
      return { resellerId: answer.modified_id, username: answer.username ?? `#${resellerId}`, balance: answer.credits };
    },

    async streams() {
      const [online, offline] = await Promise.all([client.listOnlineStreams(), client.listOfflineStreams()]);
      return [...online.map((row) => mapStream(row, connection, true)), ...offline.map((row) => mapStream(row, connection, false))];
    },

    async setStreamRunning(streamId, running) {
      if (running) await client.startStream({ id: streamId });
      else await client.stopStream({ id: streamId });
    },

    async servers() {
      return (await client.listServers()).map((row) => mapServer(row, connection));
    },

    async server(serverId) {
      return mapServer(await client.viewServer({ id: serverId }), connection);
    },

    async updateServer(edit) {
      const answer = await client.updateServer({
        id: edit.serverId,
        data: {
          server_name: edit.server_name,
          domain_name: edit.domain_name,
          server_ip: edit.server_ip,
          vpn_ip: edit.vpn_ip,
          http_broadcast_port: edit.http_broadcast_port,
          total_clients: edit.total_clients,
        },
      });
      return { name: answer.name, ip: answer["IP address"] };
    },

    async admins() {
      return (await client.listAdministrators()).map((row) => mapAdmin(row, connection));
    },

    async createAdmin(input) {
      const answer = await client.createAdministrator({
        username: input.username,
        password: input.password,
        email: input.email,
        group_id: input.group_id,
        notes: input.notes,
      });
      return { id: answer.created_id, username: answer.username ?? input.username };
    },

    async updateAdmin(edit) {
      const answer = await client.updateAdministrator({
        id: edit.adminId,
        data: { email: edit.email, group_id: edit.group_id, status: edit.status, notes: edit.notes, ...(edit.password ? { password: edit.password } : {}) },
      });
      return { username: answer.username ?? `#${edit.adminId}` };
    },
  };
}
