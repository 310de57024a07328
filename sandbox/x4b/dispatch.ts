import type { Context } from "hono";

import type { SandboxEnv } from "../core/faults";
import { X4bApiError } from "./api-error";
import { authenticate } from "./auth";
import { readArgs } from "./read-args";
import { respond, splitFormat } from "./respond";
import { aclModule } from "./routes/acl";
import { planModule, serverModule } from "./routes/catalog";
import { portModule } from "./routes/port";
import { serviceModule } from "./routes/service";
import type { X4bModule } from "./routes/types";
import { userModule } from "./routes/user";
import type { X4bState } from "./state";

/** Module names are matched without case, as PHP resolves class and method names. */
const modules: Record<string, X4bModule> = {
  user: userModule,
  server: serverModule,
  plan: planModule,
  service: serviceModule,
  port: portModule,
  acl: aclModule,
};

/** `/api/{Module}/{Method}[.json|.ps]` with arguments by GET or POST; errors answer 200 with {error, code}. */
export async function dispatch(c: Context<SandboxEnv>, state: X4bState, moduleName: string, rawMethod: string): Promise<Response> {
  const { method: methodName, format } = splitFormat(rawMethod);
  try {
    const args = await readArgs(c);
    const method = modules[moduleName.toLowerCase()]?.[methodName.toLowerCase()];
    if (!method) throw new X4bApiError(`Unknown API method ${moduleName}/${methodName}`, "Invalid Input");
    const response = method.public ? method.handle({ c, args, state }) : method.handle({ c, args, state, account: authenticate(c, args, state) });
    return respond(c, format, { response });
  } catch (error) {
    if (!(error instanceof X4bApiError)) throw error;
    return respond(c, format, error.code ? { error: error.message, code: error.code } : { error: error.message });
  }
}
