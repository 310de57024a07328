import { convertData, magTable } from "../columns";
import { fail, messages, type ApiAnswer } from "../messages";
import { dataParam, integerValue, stringParam } from "../request";
import { dbRow } from "../serialize";
import { applyPlanDefaults, applyPlanExtension, channelIds, collect, priceChange } from "../subscriptions";
import type { MagRow } from "../types";
import { referenceExists, type Handler, type HandlerContext } from "./context";

const macPattern = /^[0-9A-F]{2}(:[0-9A-F]{2}){5}$/;

/** MAG boxes print their MAC in upper case; the panel stores it that way. */
export function normaliseMac(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const mac = value.trim().toUpperCase();
  return macPattern.test(mac) ? mac : undefined;
}

function findMag({ state, request }: HandlerContext): MagRow | ApiAnswer {
  const raw = request.params.mac_address;
  if (raw === undefined) {
    const id = integerValue(request.params.id);
    const byId = id === undefined ? undefined : state.mags.find((row) => row.id === id);
    return byId ?? fail(id === undefined ? messages.invalidMac : messages.macNotFound);
  }
  const mac = normaliseMac(raw);
  if (!mac) return fail(messages.invalidMac);
  return state.mags.find((row) => row.mac_address === mac) ?? fail(messages.macNotFound);
}

const isAnswer = (value: MagRow | ApiAnswer): value is ApiAnswer => "result" in value;

const createMag: Handler = ({ state, request, now }) => {
  const data = dataParam(request.params);
  const mac = normaliseMac(data.mac_address ?? stringParam(request.params, "mac_address"));
  if (!mac) return fail(messages.invalidMac);
  const converted = convertData(magTable, { ...data, mac_address: mac }, referenceExists(state));
  if (!converted.ok) return fail(converted.error);
  if (state.mags.some((row) => row.mac_address === mac)) return fail(messages.macExists);
  const values = converted.values;
  applyPlanDefaults(state, values, now);
  const priced = priceChange(state, undefined, values, now);
  if ("error" in priced) return priced.error;
  const mag: MagRow = {
    id: state.nextIds.mag++,
    reseller_id: null,
    expire_date: null,
    max_allowed_connections: 1,
    disabled: 0,
    lock_device: 0,
    notes: "",
    subscription_plan_id: null,
    bouquets: [],
    is_trial: 0,
    created_at: now,
    ...(values as Partial<MagRow>),
    mac_address: mac,
  };
  collect(state, priced.charge);
  state.mags.push(mag);
  return { result: true, created_id: mag.id, mac_address: mag.mac_address };
};

const updateMag: Handler = (context) => {
  const { state, request, now } = context;
  const mag = findMag(context);
  if (isAnswer(mag)) return mag;
  const data = dataParam(request.params);
  if (data.mac_address !== undefined) {
    const next = normaliseMac(data.mac_address);
    if (!next) return fail(messages.invalidMac);
    if (state.mags.some((row) => row.id !== mag.id && row.mac_address === next)) return fail(messages.macExists);
    data.mac_address = next;
  }
  const converted = convertData(magTable, data, referenceExists(state));
  if (!converted.ok) return fail(converted.error);
  const changes = converted.values;
  applyPlanExtension(state, mag, changes, now);
  const priced = priceChange(state, mag, changes, now);
  if ("error" in priced) return priced.error;
  collect(state, priced.charge);
  Object.assign(mag, changes);
  return { result: true, modified_id: mag.id, mac_address: mag.mac_address };
};

const deleteMag: Handler = (context) => {
  const mag = findMag(context);
  if (isAnswer(mag)) return mag;
  const { state } = context;
  state.mags = state.mags.filter((row) => row.id !== mag.id);
  state.connections = state.connections.filter((connection) => connection.mag_id !== mag.id);
  return { result: true, deleted_id: mag.id };
};

const magInfo: Handler = (context) => {
  const mag = findMag(context);
  if (isAnswer(mag)) return mag;
  const { state } = context;
  const connections = state.connections.filter((connection) => connection.mag_id === mag.id);
  return {
    result: true,
    mag_info: { ...dbRow(mag), active_connections: String(connections.length) },
    mag_conn_info: connections.map((connection) => dbRow(connection)),
    mag_channel_ids: channelIds(state, mag.bouquets),
  };
};

export const magRoutes: Record<string, Handler> = { new: createMag, create: createMag, update: updateMag, edit: updateMag, delete: deleteMag, info: magInfo };
