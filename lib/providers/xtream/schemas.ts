/** Every request and answer of the Xtream-UI Server API, by group. */
export * from "./schemas/accounts";
export * from "./schemas/common";
export * from "./schemas/lines";
export * from "./schemas/mag";
export * from "./schemas/servers";
export * from "./schemas/streams";
