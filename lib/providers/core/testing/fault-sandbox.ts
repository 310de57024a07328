import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";

import type { FaultMode } from "../../../../sandbox/core/faults";
import type { RunningSandbox } from "../../../../sandbox/core/testing";
import type { ProviderErrorKind } from "../errors";

/** Faults of the wire rather than of the provider's logic, and the error kind each must become. */
export const transportFaults: [FaultMode, ProviderErrorKind][] = [
  ["http-500", "upstream-down"],
  ["http-503", "upstream-down"],
  ["timeout", "timeout"],
  ["html", "upstream-down"],
  ["malformed-json", "bad-response"],
];

/**
 * One sandbox for a fault test file: seeded before each test, faults cleared after it, and every unhandled
 * rejection recorded so the file can prove that no fault left one behind.
 */
export function withFaultSandbox(start: () => Promise<RunningSandbox>): { running: () => RunningSandbox; unhandled: unknown[] } {
  const holder: { running?: RunningSandbox } = {};
  const unhandled: unknown[] = [];
  const recordUnhandled = (reason: unknown) => unhandled.push(reason);
  const running = () => {
    if (!holder.running) throw new Error("sandbox not started");
    return holder.running;
  };

  beforeAll(async () => {
    holder.running = await start();
    process.on("unhandledRejection", recordUnhandled);
  });
  afterAll(async () => {
    process.off("unhandledRejection", recordUnhandled);
    await running().close();
  });
  beforeEach(() => running().sandbox.reset());
  afterEach(() => running().sandbox.faults.clear());

  return { running, unhandled };
}
