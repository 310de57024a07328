import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { expectProviderError } from "../core/testing/expect-provider-error";
import { createX4bClient } from "./client";
import { demoLogin, startX4bSandbox, x4bContext, type RunningX4bSandbox } from "./test-support/sandbox";

let running: RunningX4bSandbox;

beforeAll(async () => {
  running = await startX4bSandbox();
});
afterAll(() => running.close());
beforeEach(() => running.sandbox.reset());

const client = () => createX4bClient(x4bContext(running.baseUrl, demoLogin));
const masks = async (portId: number) => (await client().listAcls({ service: 1201, portId })).map((acl) => acl.mask);

describe("X4B ACLs (HTTP ports only)", () => {
  it("ACL/all: lists a port's rules first rule first, highest number first", async () => {
    await expect(client().listAcls({ service: 1201, portId: 5001 })).resolves.toEqual([
      { mode: "allow", mask: "192.0.2.0/24", order: 3 },
      { mode: "allow", mask: "198.51.100.7/32", order: 2 },
      { mode: "deny", mask: "0.0.0.0/0", order: 1 },
    ]);
    await expect(client().listAcls({ service: 1202, portId: 5010 })).resolves.toEqual([]);
  });

  it("ACL/all: TCP ports have no ACLs; unknown ports are not found", async () => {
    await expectProviderError(client().listAcls({ service: 1201, portId: 5002 }), "invalid-input", { message: /only available on HTTP/ });
    await expectProviderError(client().listAcls({ service: 1201, portId: 5010 }), "not-found");
  });

  it("ACL/addAcl: inserts at the start by default and with order start", async () => {
    await expect(client().addAcl({ service: 1201, portId: 5001, mask: "203.0.113.5/32", mode: "deny" })).resolves.toEqual({ status: "success" });
    await client().addAcl({ service: 1201, portId: 5001, mask: "203.0.113.6/32", mode: "allow", order: "start" });
    expect(await masks(5001)).toEqual(["203.0.113.6/32", "203.0.113.5/32", "192.0.2.0/24", "198.51.100.7/32", "0.0.0.0/0"]);
  });

  it("ACL/addAcl: order end inserts after the last rule", async () => {
    await client().addAcl({ service: 1201, portId: 5001, mask: "2001:db8::/32", mode: "allow", order: "end" });
    expect(await masks(5001)).toEqual(["192.0.2.0/24", "198.51.100.7/32", "0.0.0.0/0", "2001:db8::/32"]);
  });

  it("ACL/addAcl: a numeric order takes that number and lifts the rules numbered the same or higher", async () => {
    await client().addAcl({ service: 1201, portId: 5001, mask: "203.0.113.9/32", mode: "deny", order: 2 });
    const rules = await client().listAcls({ service: 1201, portId: 5001 });
    expect(rules.map((rule) => [rule.order, rule.mask])).toEqual([
      [4, "192.0.2.0/24"],
      [3, "198.51.100.7/32"],
      [2, "203.0.113.9/32"],
      [1, "0.0.0.0/0"],
    ]);
    await client().addAcl({ service: 1201, portId: 5001, mask: "203.0.113.10/32", mode: "deny", order: 1 });
    // Number 1 is the lowest there is: the rule that had it moves up, the new one is evaluated last.
    expect((await masks(5001)).slice(-2)).toEqual(["0.0.0.0/0", "203.0.113.10/32"]);
  });

  it("ACL/addAcl: port_from applies the rule to every HTTP port on that front port", async () => {
    await client().addAcl({ service: 1201, portFrom: 80, mask: "198.51.100.0/24", mode: "allow" });
    expect((await masks(5001))[0]).toBe("198.51.100.0/24");
    expect((await masks(5003))[0]).toBe("198.51.100.0/24");
  });

  it("ACL/addAcl: a duplicate mask is a conflict; bad masks and selectors never leave Hostdeck", async () => {
    await expectProviderError(client().addAcl({ service: 1201, portId: 5001, mask: "192.0.2.0/24", mode: "deny" }), "conflict");
    const context = x4bContext(running.baseUrl, demoLogin);
    const refused = createX4bClient(context);
    await expectProviderError(refused.addAcl({ service: 1201, portId: 5001, mask: "192.0.2.0/33", mode: "deny" }), "invalid-input", { field: "mask" });
    await expectProviderError(refused.addAcl({ service: 1201, mask: "192.0.2.0/24", mode: "deny" }), "invalid-input", { field: "portId" });
    await expectProviderError(refused.addAcl({ service: 1201, portId: 5001, mask: "10.0.0.0/8", mode: "deny", order: 0 }), "invalid-input", { field: "order" });
    expect(context.transport.requests).toHaveLength(0);
  });

  it("ACL/addAcl: TCP ports refuse ACLs", async () => {
    await expectProviderError(client().addAcl({ service: 1201, portFrom: 443, mask: "10.0.0.0/8", mode: "deny" }), "invalid-input", {
      providerCode: "Invalid Input",
    });
  });

  it("ACL/delete: deletes the rule for a mask and keeps the others in order", async () => {
    await expect(client().deleteAcl({ service: 1201, portId: 5001, mask: "198.51.100.7/32" })).resolves.toEqual({ status: "success" });
    await expect(client().listAcls({ service: 1201, portId: 5001 })).resolves.toEqual([
      { mode: "allow", mask: "192.0.2.0/24", order: 2 },
      { mode: "deny", mask: "0.0.0.0/0", order: 1 },
    ]);
    await client().deleteAcl({ service: 1201, portFrom: 80, mask: "203.0.113.0/24" });
    await expect(masks(5003)).resolves.toEqual([]);
  });

  it("ACL/delete: a mask with no rule is not found", async () => {
    await expectProviderError(client().deleteAcl({ service: 1201, portId: 5001, mask: "10.9.8.0/24" }), "not-found", {
      message: /No ACL matches/,
    });
  });
});
