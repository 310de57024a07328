import { convertData, lineTable } from "../columns";
import { lineDefaults } from "../line-defaults";
import { fail, messages, type ApiAnswer } from "../messages";
import { dataParam, integerValue, stringParam } from "../request";
import { dbRow, randomCredential, sameText } from "../serialize";
import { applyPlanDefaults, applyPlanExtension, channelIds, collect, priceChange } from "../subscriptions";
import type { LineRow } from "../types";
import { referenceExists, type Handler, type HandlerContext } from "./context";

function findLine({ state, request }: HandlerContext): LineRow | ApiAnswer {
  const username = stringParam(request.params, "username");
  const id = integerValue(request.params.id);
  if (username === undefined && id === undefined) return fail(messages.missingParameter("username"));
  const line = state.lines.find((row) => (username !== undefined ? sameText(row.username, username) : row.id === id));
  // The example for line/info passes a password too; when given it must match, as the error's wording says.
  const password = stringParam(request.params, "password");
  if (!line || (password !== undefined && line.password !== password)) return fail(messages.wrongUsernamePassword);
  return line;
}

const isAnswer = (value: LineRow | ApiAnswer): value is ApiAnswer => "result" in value;

const createLine: Handler = ({ state, request, now }) => {
  const converted = convertData(lineTable, dataParam(request.params), referenceExists(state));
  if (!converted.ok) return fail(converted.error);
  const values = converted.values;
  const username = typeof values.username === "string" && values.username !== "" ? values.username : randomCredential();
  const password = typeof values.password === "string" && values.password !== "" ? values.password : randomCredential();
  if (state.lines.some((row) => sameText(row.username, username))) return fail(messages.usernameExists);
  applyPlanDefaults(state, values, now);
  const priced = priceChange(state, undefined, values, now);
  if ("error" in priced) return priced.error;
  const line: LineRow = {
    id: state.nextIds.line++,
    ...lineDefaults(now),
    ...(values as Partial<LineRow>),
    username,
    password,
  };
  collect(state, priced.charge);
  state.lines.push(line);
  return { result: true, created_id: line.id, username: line.username, password: line.password };
};

const updateLine: Handler = (context) => {
  const { state, request, now } = context;
  const line = findLine(context);
  if (isAnswer(line)) return line;
  const converted = convertData(lineTable, dataParam(request.params), referenceExists(state));
  if (!converted.ok) return fail(converted.error);
  const changes = converted.values;
  if (typeof changes.username === "string") {
    const wanted = changes.username;
    if (wanted === "") delete changes.username;
    else if (state.lines.some((row) => row.id !== line.id && sameText(row.username, wanted))) return fail(messages.usernameExists);
  }
  if (changes.password === "") delete changes.password;
  applyPlanExtension(state, line, changes, now);
  const priced = priceChange(state, line, changes, now);
  if ("error" in priced) return priced.error;
  collect(state, priced.charge);
  Object.assign(line, changes);
  return { result: true, modified_id: line.id, username: line.username, password: line.password };
};

const deleteLine: Handler = (context) => {
  const line = findLine(context);
  if (isAnswer(line)) return line;
  const { state } = context;
  state.lines = state.lines.filter((row) => row.id !== line.id);
  state.connections = state.connections.filter((connection) => connection.user_id !== line.id);
  return { result: true, deleted_id: line.id };
};

const lineInfo: Handler = (context) => {
  const line = findLine(context);
  if (isAnswer(line)) return line;
  const { state } = context;
  const connections = state.connections.filter((connection) => connection.user_id === line.id);
  return {
    result: true,
    line_info: { ...dbRow(line), active_connections: String(connections.length) },
    line_conn_info: connections.map((connection) => dbRow(connection)),
    line_channel_ids: channelIds(state, line.bouquets),
  };
};

export const lineRoutes: Record<string, Handler> = {
  new: createLine,
  create: createLine,
  update: updateLine,
  edit: updateLine,
  delete: deleteLine,
  info: lineInfo,
};
