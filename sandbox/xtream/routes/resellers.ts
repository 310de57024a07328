import { fail, messages } from "../messages";
import { dataParam, integerValue, type Params } from "../request";
import { randomCredential } from "../serialize";
import type { XtreamState } from "../types";
import type { Handler } from "./context";
import { convertRegUser, findRegUser, hasRole, isAnswer, newRegUser, publicRegUser } from "./reg-users";

/** The document names the reseller's account `name`; the table column is `username`. Both are accepted. */
function withUsername(data: Params): Params {
  const { name, ...rest } = data;
  return name !== undefined && rest.username === undefined ? { ...rest, username: name } : rest;
}

function defaultResellerGroup(state: XtreamState): number | undefined {
  return state.groups.find((group) => group.is_reseller === 1)?.id;
}

const createReseller: Handler = ({ state, request, now }) => {
  const data = withUsername(dataParam(request.params));
  if (data.username === undefined || data.username === "") return fail(messages.missingParameter("name"));
  const converted = convertRegUser(state, data);
  if ("error" in converted) return converted.error;
  const values = converted.values;
  values.group_id ??= defaultResellerGroup(state) ?? null;
  values.password ??= randomCredential();
  const user = newRegUser(state, values, now);
  return { result: true, created_id: user.id, username: user.username, password: user.password };
};

const updateReseller: Handler = (context) => {
  const user = findRegUser(context, "reseller", messages.resellerNotFound);
  if (isAnswer(user)) return user;
  const converted = convertRegUser(context.state, withUsername(dataParam(context.request.params)), user);
  if ("error" in converted) return converted.error;
  if (typeof converted.values.credits === "number" && converted.values.credits < 0) return fail(messages.invalidCredits);
  Object.assign(user, converted.values);
  return { result: true, modified_id: user.id, username: user.username, credits: user.credits };
};

/** Adds (or, with a negative amount, takes back) credits; the balance never goes below zero. */
const addCredits: Handler = (context) => {
  const user = findRegUser(context, "reseller", messages.resellerNotFound);
  if (isAnswer(user)) return user;
  const { params } = context.request;
  const raw = params.credits ?? dataParam(params).credits;
  const amount = typeof raw === "string" && /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : integerValue(raw);
  if (amount === undefined || amount === 0) return fail(messages.invalidCredits);
  if (user.credits + amount < 0) return fail(messages.notEnoughCredits);
  user.credits += amount;
  return { result: true, modified_id: user.id, username: user.username, credits: user.credits };
};

const listResellers: Handler = ({ state }) => ({
  result: true,
  resellers: state.regUsers
    .filter((user) => hasRole(state, user, "reseller"))
    .map((user) => ({
      ...publicRegUser(state, user),
      lines: String(state.lines.filter((line) => line.reseller_id === user.id).length),
    })),
});

export const resellerRoutes: Record<string, Handler> = {
  new: createReseller,
  create: createReseller,
  update: updateReseller,
  edit: updateReseller,
  add_credits: addCredits,
  credits: addCredits,
  list: listResellers,
};
