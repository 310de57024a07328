import "server-only";

import { z } from "zod";

import { can, type Permission, type Role } from "../auth/permissions";
import { currentTeamContext, type SessionUser } from "../auth/session";
import { AppError, toRouteResponse } from "../errors/app-error";

export interface ReadContext {
  user: SessionUser;
  team: { id: string; name: string };
  role: Role;
  request: Request;
}

/** Next passes no params to a route without dynamic segments. */
type RouteParams = { params?: Promise<Record<string, string | string[] | undefined>> };

/** What tests and tooling can learn about a read route without calling it. */
export interface ReadMeta {
  name: string;
  permission: Permission;
}

export type DefinedRead = ((request: Request, route: RouteParams) => Promise<Response>) & { meta: ReadMeta };

function invalid(error: z.ZodError): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[issue.path.join(".") || "_query"] ??= []).push(issue.message);
  return new AppError("invalid-input", "The request is not valid.", fieldErrors);
}

function searchParamsOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

/**
 * The one way to build a GET route: session → permission → zod params and query → run → JSON (or the
 * Response `run` returns, e.g. a CSV download) → one error shape. Reads are not audited.
 */
export function defineRead<P extends z.ZodType = z.ZodObject, Q extends z.ZodType = z.ZodObject, T = unknown>(definition: {
  name: string;
  /** Defaults to `team:read`: every member may read. */
  permission?: Permission;
  params?: P;
  query?: Q;
  run: (input: { params: z.output<P>; query: z.output<Q> }, context: ReadContext) => Promise<T>;
}): DefinedRead {
  const permission = definition.permission ?? "team:read";
  const handler = async (request: Request, route: RouteParams): Promise<Response> => {
    try {
      const session = await currentTeamContext();
      if (!session) throw new AppError("unauthenticated");
      if (!can(session.role, permission)) throw new AppError("forbidden");
      const params = (definition.params ?? z.object({})).safeParse((await route.params) ?? {});
      // A path that cannot name anything (a malformed id) is simply not there.
      if (!params.success) throw new AppError("not-found");
      const query = (definition.query ?? z.object({})).safeParse(searchParamsOf(request));
      if (!query.success) throw invalid(query.error);
      const data = await definition.run(
        { params: params.data as z.output<P>, query: query.data as z.output<Q> },
        { user: session.user, team: session.team, role: session.role, request },
      );
      if (data instanceof Response) return data;
      return Response.json(data, { headers: { "cache-control": "private, no-store" } });
    } catch (error) {
      return toRouteResponse(error, `read ${definition.name}`);
    }
  };
  return Object.assign(handler, { meta: { name: definition.name, permission } });
}
