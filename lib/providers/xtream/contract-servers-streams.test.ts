import { describe, expect, it } from "vitest";

import { failure, withXtream } from "./test-sandbox";

const xtream = withXtream();

async function postRaw(path: string, body: string): Promise<unknown> {
  const response = await fetch(xtream().origin + path, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body });
  return response.json();
}

describe("servers", () => {
  it("servers/list: lists the main server and load balancers with their status", async () => {
    const servers = await xtream().client().listServers();
    expect(servers.map((server) => [server.server_name, server.status, server.is_main])).toEqual([
      ["Main Server", 1, true],
      ["LB Frankfurt", 1, false],
      ["LB Amsterdam", 0, false],
    ]);
    expect(servers[1]).toMatchObject({ server_ip: "203.0.113.20", vpn_ip: "10.8.0.2", online_clients: 3 });
  });

  it("servers/view: shows one server by id, with either key placement", async () => {
    expect(await xtream().client().viewServer({ id: 2 })).toMatchObject({ id: 2, server_name: "LB Frankfurt", server_ip: "203.0.113.20" });
    expect(await xtream().client({ keyPlacement: "url-segment" }).viewServer({ id: 3 })).toMatchObject({ id: 3, status: 0 });
  });

  it("servers/view: an unknown server is not-found", async () => {
    expect(await failure(xtream().client().viewServer({ id: 9 }))).toMatchObject({ kind: "not-found", providerMessage: "Server not found." });
  });

  it("servers/update: edits a load balancer's IP and VPN IP; the answer names it", async () => {
    const client = xtream().client();
    const updated = await client.updateServer({ id: 2, data: { server_ip: "192.0.2.200", vpn_ip: "10.8.0.20" } });
    expect(updated).toEqual({ result: true, modified_id: 2, name: "LB Frankfurt", "IP address": "192.0.2.200" });
    expect(await client.viewServer({ id: 2 })).toMatchObject({ server_ip: "192.0.2.200", vpn_ip: "10.8.0.20" });
    await client.updateServer({ id: 2, data: { vpn_ip: "" } });
    expect(await client.viewServer({ id: 2 })).toMatchObject({ vpn_ip: "" });
  });

  it("servers/update: 'Invalid IP address' is invalid-input, refused before any request and by the panel", async () => {
    const client = xtream().client();
    await expect(client.updateServer({ id: 2, data: { server_ip: "203.0.113.300" } })).rejects.toMatchObject({ kind: "invalid-input", field: "server_ip" });
    await expect(client.updateServer({ id: 2, data: { vpn_ip: "vpn.example" } })).rejects.toMatchObject({ kind: "invalid-input", field: "vpn_ip" });
    expect(xtream().requests).toHaveLength(0);
    expect(await postRaw("/api/servers/update", "api_key=demo-api-key&id=2&data[vpn_ip]=10.8.0")).toEqual({ result: false, error: "Invalid IP address" });
  });

  it("servers/update: an unknown server is not-found; an unknown column is a {Database error}", async () => {
    const client = xtream().client();
    expect(await failure(client.updateServer({ id: 9, data: { server_name: "x" } }))).toMatchObject({ kind: "not-found" });
    expect(await failure(client.updateServer({ id: 2, data: { colour: "red" } }))).toMatchObject({ kind: "invalid-input", field: "colour" });
  });
});

describe("streams", () => {
  const names = (streams: { stream_display_name: string }[]) => streams.map((stream) => stream.stream_display_name);

  it("streams/online: lists running streams with pid, uptime and bitrate", async () => {
    const online = await xtream().client().listOnlineStreams();
    expect(names(online)).toEqual(["Sky Sports Main Event HD", "BT Sport 1 HD", "BBC News", "Cartoon Network", "HBO"]);
    expect(online[0]).toMatchObject({ id: 1, stream_status: 1, pid: 21_344, uptime: 93_600, category_name: "Sports", server_name: "Main Server" });
  });

  it("streams/offline: lists streams that are not running, with the reason", async () => {
    const offline = await xtream().client().listOfflineStreams();
    expect(offline.map((stream) => [stream.id, stream.offline_reason])).toEqual([
      [3, "Stopped"],
      [5, "Source down"],
      [8, "Server offline"],
    ]);
    expect(offline[0]).toMatchObject({ pid: null, stream_status: 0 });
  });

  it("streams/start: starts a stopped stream; the next lists show it online", async () => {
    const client = xtream().client();
    expect(await client.startStream({ id: 3 })).toEqual({ id: 3 });
    expect(names(await client.listOnlineStreams())).toContain("Eurosport 1");
    expect((await client.listOfflineStreams()).map((stream) => stream.id)).toEqual([5, 8]);
  });

  it("streams/start: a stream on an offline server stays offline", async () => {
    const client = xtream().client({ keyPlacement: "url-segment" });
    await client.startStream({ id: 8 });
    expect((await client.listOfflineStreams()).find((stream) => stream.id === 8)).toMatchObject({ offline_reason: "Server offline" });
  });

  it("streams/start: an unknown stream is not-found", async () => {
    expect(await failure(xtream().client().startStream({ id: 404 }))).toMatchObject({ kind: "not-found", providerMessage: "Stream not found." });
  });

  it("streams/stop: stops a running stream; the next lists show it offline", async () => {
    const client = xtream().client();
    expect(await client.stopStream({ id: 1 })).toEqual({ id: 1 });
    expect((await client.listOnlineStreams()).map((stream) => stream.id)).not.toContain(1);
    expect((await client.listOfflineStreams()).find((stream) => stream.id === 1)).toMatchObject({ offline_reason: "Stopped", pid: null });
  });

  it("streams/stop: an unknown stream is not-found", async () => {
    expect(await failure(xtream().client().stopStream({ id: 404 }))).toMatchObject({ kind: "not-found" });
  });
});
