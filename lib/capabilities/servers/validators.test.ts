import { describe, expect, it } from "vitest";

import { dnsServersInput, hostnameField, isIpAddress, reinstallInput, renameInput, webConsoleInput } from "./validators";

const connectionId = "6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b";
const ref = { connectionId, serverId: "1301" };
const fieldErrors = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("dnsServersInput", () => {
  it("accepts one to four IPv4/IPv6 addresses and drops blanks", () => {
    expect(dnsServersInput.parse({ ...ref, ns1: "1.1.1.1" }).servers).toEqual(["1.1.1.1"]);
    expect(dnsServersInput.parse({ ...ref, ns1: " 1.1.1.1 ", ns2: "", ns3: "2606:4700:4700::1111", ns4: "8.8.8.8" }).servers).toEqual([
      "1.1.1.1",
      "2606:4700:4700::1111",
      "8.8.8.8",
    ]);
  });

  it("requires the first server", () => {
    const result = dnsServersInput.safeParse({ ...ref, ns1: "", ns2: "8.8.8.8" });
    expect(result.success).toBe(false);
    expect(fieldErrors(result)).toHaveProperty("ns1");
  });

  it("names the field holding an invalid address", () => {
    for (const bad of ["1.1.1", "999.1.1.1", "dns.google", "10.0.0.1/24", "1", "0x7f.1"]) {
      const result = dnsServersInput.safeParse({ ...ref, ns1: "1.1.1.1", ns3: bad });
      expect(result.success, bad).toBe(false);
      expect(Object.keys(fieldErrors(result))).toEqual(["ns3"]);
    }
  });

  it("refuses the same server twice, however it is written", () => {
    const result = dnsServersInput.safeParse({ ...ref, ns1: "2001:db8::1", ns2: "2001:0db8:0:0::1" });
    expect(fieldErrors(result)).toHaveProperty("ns2");
  });

  it("refuses a malformed server id", () => {
    expect(dnsServersInput.safeParse({ connectionId, serverId: "13a", ns1: "1.1.1.1" }).success).toBe(false);
  });

  it("refuses a connection id that cannot name a connection", () => {
    expect(fieldErrors(dnsServersInput.safeParse({ ...ref, connectionId: "c1", ns1: "1.1.1.1" }))).toHaveProperty("connectionId");
  });
});

describe("isIpAddress", () => {
  it("accepts only dotted-quad IPv4 and IPv6", () => {
    expect(isIpAddress("185.123.96.2")).toBe(true);
    expect(isIpAddress("::1")).toBe(true);
    expect(isIpAddress("3232235777")).toBe(false);
    expect(isIpAddress("")).toBe(false);
  });
});

describe("hostname", () => {
  it("accepts fully qualified names, lower-cased, without the final dot", () => {
    expect(hostnameField.parse("Web1.Example.COM.")).toBe("web1.example.com");
    expect(renameInput.parse({ ...ref, hostname: "db-2.demo-hostdeck.eu" }).hostname).toBe("db-2.demo-hostdeck.eu");
  });

  it("refuses bare labels, bad characters and numeric top-level domains", () => {
    for (const bad of ["localhost", "web_1", "-web.example.com", "web..example.com", "web.example.123", "1.2.3.4", "a b.example.com", ""]) {
      expect(hostnameField.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe("reinstallInput", () => {
  const valid = { ...ref, os: "debian-12-x86_64", expectedHostname: "web1.demo-hostdeck.eu", confirmHostname: "web1.demo-hostdeck.eu" };

  it("needs the host name typed exactly", () => {
    expect(reinstallInput.safeParse(valid).success).toBe(true);
    expect(fieldErrors(reinstallInput.safeParse({ ...valid, confirmHostname: "web1" }))).toHaveProperty("confirmHostname");
    expect(fieldErrors(reinstallInput.safeParse({ ...valid, confirmHostname: "WEB1.demo-hostdeck.eu" }))).toHaveProperty("confirmHostname");
  });

  it("treats blank optional fields as absent and checks the SSH key", () => {
    expect(reinstallInput.parse({ ...valid, script: "", sshKey: "" })).toMatchObject({ script: undefined, sshKey: undefined });
    expect(fieldErrors(reinstallInput.safeParse({ ...valid, sshKey: "not a key" }))).toHaveProperty("sshKey");
    expect(reinstallInput.safeParse({ ...valid, sshKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA me@laptop" }).success).toBe(true);
  });
});

describe("webConsoleInput", () => {
  it("reads the white-label checkbox and limits the timeout", () => {
    expect(webConsoleInput.parse({ ...ref, timeout: "3h", whitelabel: "true" }).whitelabel).toBe(true);
    expect(webConsoleInput.parse({ ...ref, timeout: "3h" }).whitelabel).toBe(false);
    expect(webConsoleInput.safeParse({ ...ref, timeout: "2h" }).success).toBe(false);
  });
});
