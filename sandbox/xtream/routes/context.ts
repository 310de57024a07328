import type { Reference } from "../columns";
import type { ApiAnswer } from "../messages";
import { dataParam, type ApiRequest } from "../request";
import type { XtreamState } from "../types";

export interface HandlerContext {
  state: XtreamState;
  request: ApiRequest;
  /** Unix seconds. */
  now: number;
}

export type Handler = (context: HandlerContext) => ApiAnswer;

export function referenceExists(state: XtreamState) {
  return (reference: Reference, id: number): boolean => {
    switch (reference) {
      case "reg_users":
        return state.regUsers.some((user) => user.id === id);
      case "servers":
        return state.servers.some((server) => server.id === id);
      case "packages":
        return state.packages.some((item) => item.id === id);
      case "member_groups":
        return state.groups.some((group) => group.id === id);
    }
  };
}

/** An id read from wherever a caller may put it: a field, `data[id]`, or a path segment. */
export function idFrom(request: ApiRequest, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = request.params[name];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    if (typeof value === "number") return String(value);
    if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  }
  const nested = dataParam(request.params).id;
  if (typeof nested === "string" && nested.trim() !== "") return nested.trim();
  if (typeof nested === "number") return String(nested);
  return request.extraSegments[0];
}
