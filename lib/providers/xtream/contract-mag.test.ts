import { describe, expect, it } from "vitest";

import { failure, withXtream } from "./test-sandbox";

const DAY = 86_400;
const now = () => Math.floor(Date.now() / 1000);

const xtream = withXtream();

async function postRaw(path: string, body: string): Promise<unknown> {
  const response = await fetch(xtream().origin + path, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body });
  return response.json();
}

describe("MAG devices", () => {
  it("mag/new: creates a device, visible in mag/info", async () => {
    const client = xtream().client();
    const expiry = now() + 30 * DAY;
    const created = await client.createMag({ mac_address: "00:1a:79:79:79:79", expire_date: expiry, subscription_plan_id: 1 });
    expect(created).toMatchObject({ created_id: 3, mac_address: "00:1A:79:79:79:79" });
    const info = await client.getMagInfo({ mac_address: "00:1A:79:79:79:79" });
    expect(info.mag_info).toMatchObject({ id: 3, expire_date: expiry, max_allowed_connections: 1, subscription_plan_id: 1, bouquets: [1, 2] });
    expect(info.mag_channel_ids).toEqual([1, 2, 3, 4, 5]);
  });

  it("mag/new: a reseller using credits pays; not enough credits is out-of-stock", async () => {
    const client = xtream().client();
    await client.createMag({ mac_address: "00:1A:79:00:00:01", reseller_id: 4, subscription_plan_id: 1 });
    expect((await client.listResellers()).find((reseller) => reseller.id === 4)?.credits).toBe(1);
    const error = await failure(client.createMag({ mac_address: "00:1A:79:00:00:02", reseller_id: 4, subscription_plan_id: 2 }));
    expect(error).toMatchObject({ kind: "out-of-stock" });
  });

  it("mag/new: 'MAC Address already exists' is a conflict on mac_address", async () => {
    const error = await failure(xtream().client().createMag({ mac_address: "00:1a:79:00:12:34" }));
    expect(error).toMatchObject({ kind: "conflict", field: "mac_address", providerMessage: "MAC Address already exists" });
  });

  it("mag/new: 'Invalid MAC Address' is refused before any request, and is the panel's own answer too", async () => {
    const error = await failure(xtream().client().createMag({ mac_address: "00:1A:79:GG:00:01" }));
    expect(error).toMatchObject({ kind: "invalid-input", field: "mac_address", providerMessage: "mac_address: Invalid MAC Address" });
    expect(xtream().requests).toHaveLength(0);
    expect(await postRaw("/api/mag/new", "api_key=demo-api-key&data[mac_address]=00:1A:79:GG:00:01")).toEqual({ result: false, error: "Invalid MAC Address" });
  });

  it("mag/new: a {Database error} names the field", async () => {
    const error = await failure(xtream().client().createMag({ mac_address: "00:1A:79:00:00:03", subscription_plan_id: 77 }));
    expect(error).toMatchObject({ kind: "invalid-input", field: "subscription_plan_id" });
  });

  it("mag/update: changes the device; the change shows in mag/info", async () => {
    const client = xtream().client();
    const expiry = now() + 400 * DAY;
    const updated = await client.updateMag({ mac_address: "00:1A:79:AB:CD:EF", data: { expire_date: expiry, disabled: false, notes: "Back in use" } });
    expect(updated).toMatchObject({ modified_id: 2, mac_address: "00:1A:79:AB:CD:EF" });
    expect((await client.getMagInfo({ mac_address: "00:1A:79:AB:CD:EF" })).mag_info).toMatchObject({
      expire_date: expiry,
      disabled: false,
      notes: "Back in use",
    });
  });

  it("mag/update: moving to a MAC another device has is a conflict", async () => {
    const error = await failure(
      xtream()
        .client()
        .updateMag({ mac_address: "00:1A:79:AB:CD:EF", data: { mac_address: "00:1A:79:00:12:34" } }),
    );
    expect(error).toMatchObject({ kind: "conflict", field: "mac_address" });
  });

  it("mag/update: 'Invalid MAC Address' is invalid-input on mac_address", async () => {
    await expect(
      xtream()
        .client()
        .updateMag({ mac_address: "001A79ABCDEF", data: { notes: "x" } }),
    ).rejects.toMatchObject({ kind: "invalid-input", field: "mac_address" });
    expect(xtream().requests).toHaveLength(0);
    expect(await postRaw("/api/mag/update", "api_key=demo-api-key&mac_address=001A79ABCDEF&data[notes]=x")).toEqual({
      result: false,
      error: "Invalid MAC Address",
    });
  });

  it("mag/update: an unknown device is not-found", async () => {
    const error = await failure(
      xtream()
        .client()
        .updateMag({ mac_address: "00:1A:79:99:99:99", data: { notes: "x" } }),
    );
    expect(error).toMatchObject({ kind: "not-found", field: "mac_address" });
  });

  it("mag/delete: removes the device", async () => {
    const client = xtream().client();
    expect(await client.deleteMag({ mac_address: "00:1A:79:00:12:34" })).toMatchObject({ deleted_id: 1 });
    expect(await failure(client.getMagInfo({ mac_address: "00:1A:79:00:12:34" }))).toMatchObject({ kind: "not-found" });
  });

  it("mag/delete: an unknown device is not-found", async () => {
    expect(await failure(xtream().client().deleteMag({ mac_address: "00:1A:79:99:99:99" }))).toMatchObject({ kind: "not-found" });
  });

  it("mag/info: returns the device, its connections and channel ids", async () => {
    const info = await xtream().client().getMagInfo({ mac_address: "00:1a:79:00:12:34" });
    expect(info.mag_info).toMatchObject({ id: 1, mac_address: "00:1A:79:00:12:34", max_allowed_connections: 1, active_connections: 1, reseller_id: 3 });
    expect(info.mag_conn_info).toEqual([expect.objectContaining({ stream_id: 7, user_ip: "192.0.2.90" })]);
    expect(info.mag_channel_ids).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await xtream().client().getMagInfo({ mac_address: "00:1A:79:AB:CD:EF" })).mag_info.expire_date).toBeLessThan(now());
  });

  it("mag/info: an unknown device is not-found; a malformed MAC is invalid-input", async () => {
    expect(await failure(xtream().client().getMagInfo({ mac_address: "00:1A:79:99:99:99" }))).toMatchObject({ kind: "not-found" });
    expect(await failure(xtream().client().getMagInfo({ mac_address: "nonsense" }))).toMatchObject({ kind: "invalid-input", field: "mac_address" });
  });
});
