import { login } from "../auth";
import type { X4bModule } from "./types";

/** User/login: user + pass → a PHPSESSID session cookie. */
export const userModule: X4bModule = {
  login: { public: true, handle: ({ c, args, state }) => login(c, args, state) },
};
