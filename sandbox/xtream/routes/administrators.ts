import { fail, messages } from "../messages";
import { dataParam } from "../request";
import type { Handler } from "./context";
import { convertRegUser, findRegUser, hasRole, isAnswer, newRegUser, publicRegUser } from "./reg-users";

const required = ["username", "password", "email", "group_id"] as const;

const createAdministrator: Handler = ({ state, request, now }) => {
  const data = dataParam(request.params);
  for (const field of required) {
    const value = data[field];
    if (value === undefined || value === "") return fail(messages.missingParameter(field));
  }
  const converted = convertRegUser(state, data);
  if ("error" in converted) return converted.error;
  const user = newRegUser(state, converted.values, now);
  return { result: true, created_id: user.id, username: user.username };
};

const updateAdministrator: Handler = (context) => {
  const user = findRegUser(context, "admin", messages.administratorNotFound);
  if (isAnswer(user)) return user;
  const converted = convertRegUser(context.state, dataParam(context.request.params), user);
  if ("error" in converted) return converted.error;
  Object.assign(user, converted.values);
  return { result: true, modified_id: user.id, username: user.username };
};

const listAdministrators: Handler = ({ state }) => ({
  result: true,
  administrators: state.regUsers.filter((user) => hasRole(state, user, "admin")).map((user) => publicRegUser(state, user)),
});

export const administratorRoutes: Record<string, Handler> = {
  new: createAdministrator,
  create: createAdministrator,
  update: updateAdministrator,
  edit: updateAdministrator,
  list: listAdministrators,
};
