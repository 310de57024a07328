import { convertData, regUserTable, type ColumnValue } from "../columns";
import { fail, messages, type ApiAnswer } from "../messages";
import { integerValue, stringParam } from "../request";
import { dbRow, sameText } from "../serialize";
import type { RegUserRow, XtreamState } from "../types";
import { referenceExists, type HandlerContext } from "./context";

/** Administrators and resellers live in one table; the list a user appears in follows its group. */
export type Role = "admin" | "reseller";

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function hasRole(state: XtreamState, user: RegUserRow, role: Role): boolean {
  const group = state.groups.find((item) => item.id === user.group_id);
  return role === "admin" ? group?.is_admin === 1 : group?.is_reseller === 1;
}

export function findRegUser({ state, request }: HandlerContext, role: Role, notFound: string): RegUserRow | ApiAnswer {
  const id = integerValue(request.params.id) ?? integerValue(request.extraSegments[0]);
  const username = stringParam(request.params, "username");
  if (id === undefined && username === undefined) return fail(messages.missingParameter("id"));
  const user = state.regUsers.find((row) => (id !== undefined ? row.id === id : sameText(row.username, username ?? "")));
  return user && hasRole(state, user, role) ? user : fail(notFound);
}

export const isAnswer = (value: RegUserRow | ApiAnswer): value is ApiAnswer => "result" in value;

/** Validates and converts `data[...]` for a reg_users row; `self` is the row being edited, if any. */
export function convertRegUser(
  state: XtreamState,
  data: Record<string, unknown>,
  self?: RegUserRow,
): { values: Record<string, ColumnValue> } | { error: ApiAnswer } {
  const converted = convertData(regUserTable, data, referenceExists(state));
  if (!converted.ok) return { error: fail(converted.error) };
  const values = converted.values;
  if (typeof values.email === "string" && values.email !== "" && !emailPattern.test(values.email)) return { error: fail(messages.invalidEmail) };
  if (typeof values.username === "string") {
    const wanted = values.username;
    if (wanted === "") delete values.username;
    else if (state.regUsers.some((row) => row.id !== self?.id && sameText(row.username, wanted))) return { error: fail(messages.usernameExists) };
  }
  if (values.password === "") delete values.password;
  return { values };
}

export function newRegUser(state: XtreamState, values: Record<string, ColumnValue>, now: number): RegUserRow {
  const user: RegUserRow = {
    id: state.nextIds.regUser++,
    username: "",
    password: "",
    email: "",
    group_id: 0,
    owner_id: null,
    credits: 0,
    use_credits: 0,
    max_allowed_connections: 0,
    status: 1,
    notes: "",
    date_registered: now,
    last_login: null,
    ...(values as Partial<RegUserRow>),
  };
  state.regUsers.push(user);
  return user;
}

/** Never prints a password hash or plain password in a list. */
export function publicRegUser(state: XtreamState, user: RegUserRow): Record<string, string | null> {
  const group = state.groups.find((item) => item.id === user.group_id);
  const owner = state.regUsers.find((item) => item.id === user.owner_id);
  return { ...dbRow(user, ["password"]), group_name: group?.name ?? null, reseller: owner?.username ?? null };
}
