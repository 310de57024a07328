import { startSandbox, type RunningSandbox } from "../core/testing";
import { createTime4vpsSandbox } from "./index";

export type RunningTime4vpsSandbox = RunningSandbox;

/** One Time4VPS simulator for tests; clients are configured with origin + /api. */
export const startTime4vpsSandbox = (): Promise<RunningTime4vpsSandbox> => startSandbox(createTime4vpsSandbox, "/api");
