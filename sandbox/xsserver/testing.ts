import { startSandbox, type RunningSandbox } from "../core/testing";
import { createXsserverSandbox } from "./index";

export type RunningXsserverSandbox = RunningSandbox;

/** One XSServer simulator for tests; clients are configured with origin + /api. */
export const startXsserverSandbox = (): Promise<RunningXsserverSandbox> => startSandbox(createXsserverSandbox, "/api");
