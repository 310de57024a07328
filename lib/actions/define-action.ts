import "server-only";

import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";

import { dropStartedAudit, finishAudit, startAudit, writeAudit } from "../audit/write";
import { can, type Permission, type Role } from "../auth/permissions";
import { currentTeamContext, type SessionUser } from "../auth/session";
import type { Prisma } from "../db/generated/client";
import { toActionFailure, type ActionFailure } from "../errors/app-error";
import { clientIp } from "../http/client-ip";
import { controlCharacterErrors } from "../validation/plain-text";
import { formDataToObject } from "./form-data";
import { noProgress, runOnce, type Progress } from "./idempotency";
import type { ActionResult } from "./result";

/** What an action's `run` may fill in as it learns it, for the audit row. Never put a secret here. */
export interface AuditNote {
  target?: string;
  connection?: { id: string; label: string };
  message?: string;
  details?: Prisma.InputJsonValue;
}

export interface TeamActionContext {
  user: SessionUser;
  team: { id: string; name: string };
  role: Role;
  ip: string;
  audit: AuditNote;
  /** Per-item accounting for work on several items (lib/actions/idempotency.ts); records nothing for reads. */
  progress: Progress;
}

/** What tests and tooling can learn about an action without running it. */
export interface ActionMeta {
  name: string;
  kind: "team" | "public";
  permission?: Permission;
  mutation: boolean;
  /** The input schema, so tests can generate inputs for every action (app/fuzz.test.ts). */
  input: z.ZodType;
}

export type DefinedAction<T> = ((raw: unknown) => Promise<ActionResult<T>>) & { meta: ActionMeta };

export interface PublicActionContext {
  ip: string;
  audit: AuditNote & { actor?: SessionUser; team?: { id: string; name: string } };
}

const idempotencyKey = z.string().uuid("Missing or malformed submission key; reload the page.");

interface Common<S extends z.ZodType> {
  /** Audit action name, e.g. "connection.create". */
  name: string;
  input: S;
  /** Mutations need an idempotency key and are audited; reads are neither. Defaults to true. */
  mutation?: boolean;
}

function toInput(raw: unknown): Record<string, unknown> {
  if (raw instanceof FormData) return formDataToObject(raw);
  if (raw && typeof raw === "object") return { ...(raw as Record<string, unknown>) };
  return {};
}

/** Input with a NUL or another control character anywhere is refused before any schema, query or provider call. */
function controlCharacters(input: Record<string, unknown>): ActionFailure | undefined {
  const fieldErrors = controlCharacterErrors(input);
  if (Object.keys(fieldErrors).length === 0) return undefined;
  return { ok: false, code: "invalid-input", error: "Please correct the highlighted fields.", fieldErrors };
}

function invalid(error: z.ZodError): ActionFailure {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, code: "invalid-input", error: "Please correct the highlighted fields.", fieldErrors };
}

/** Expected failures become results; anything else is logged (name and message only) and hidden. */
function failureFrom(error: unknown, actionName: string): ActionFailure {
  return toActionFailure(error, `action ${actionName}`);
}

async function requestIp(): Promise<string> {
  return clientIp(await headers());
}

/**
 * The only way to build a team-scoped server action:
 * session → permission → zod input → idempotency (mutations) → run → audit → typed result.
 */
export function teamAction<S extends z.ZodType, T>(
  definition: Common<S> & {
    permission: Permission;
    run: (input: z.output<S>, context: TeamActionContext) => Promise<T>;
    /** What a repeated submit gets back instead of the full first result (keeps one-time secrets unstored). */
    replay?: (data: T) => T;
  },
): DefinedAction<T> {
  const mutation = definition.mutation ?? true;
  const handler = async (raw: unknown): Promise<ActionResult<T>> => {
    const input = toInput(raw);
    const key = input.idempotencyKey;
    delete input.idempotencyKey;

    const session = await currentTeamContext();
    if (!session) return { ok: false, code: "unauthenticated", error: "Your session has ended. Sign in again." };

    const ip = await requestIp();
    const context: TeamActionContext = { user: session.user, team: session.team, role: session.role, ip, audit: {}, progress: noProgress };
    const entry = (outcome: "success" | "failure" | "denied", message?: string) => ({
      action: definition.name,
      outcome,
      actor: session.user,
      team: session.team,
      connection: context.audit.connection,
      target: context.audit.target,
      message: message ?? context.audit.message,
      details: context.audit.details,
      ip,
    });
    // Write-ahead: a mutation's row is written "started" before it runs, and completed with its outcome after.
    let startedId: string | undefined;
    const audit = (outcome: "success" | "failure" | "denied", message?: string) =>
      startedId ? finishAudit(startedId, entry(outcome, message)) : writeAudit(entry(outcome, message));

    if (!can(session.role, definition.permission)) {
      if (mutation) await audit("denied", `Role ${session.role} may not ${definition.permission}`);
      return { ok: false, code: "forbidden", error: "Your role in this team does not allow this." };
    }

    // After the role check, so a refused caller learns nothing about what a valid request looks like.
    const refused = controlCharacters(input);
    if (refused) return refused;
    const parsed = definition.input.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);

    const execute = async (progress: Progress = noProgress): Promise<ActionResult<T>> => {
      context.progress = progress;
      if (mutation) startedId = await startAudit({ action: definition.name, actor: session.user, team: session.team, ip });
      try {
        const data = await definition.run(parsed.data, context);
        if (mutation) await audit("success");
        return { ok: true, data };
      } catch (error) {
        unstable_rethrow(error);
        const failure = failureFrom(error, definition.name);
        if (mutation) await audit("failure", failure.error);
        return failure;
      }
    };

    if (!mutation) return execute();
    const keyCheck = idempotencyKey.safeParse(key);
    if (!keyCheck.success) return { ok: false, code: "invalid-input", error: keyCheck.error.issues[0]!.message };
    try {
      return await runOnce(
        { userId: session.user.id, action: `${session.team.id}:${definition.name}`, key: keyCheck.data, payload: parsed.data },
        execute,
        (result) => (result.ok && definition.replay ? { ok: true, data: definition.replay(result.data) } : result),
      );
    } catch (error) {
      unstable_rethrow(error);
      return failureFrom(error, definition.name);
    }
  };
  return Object.assign(handler, {
    meta: { name: definition.name, kind: "team" as const, permission: definition.permission, mutation, input: definition.input },
  });
}

/**
 * Actions that run before there is a session (first-run setup, sign-in, accepting an invitation).
 * Same shape and idempotency; the run names the actor for the audit row once it knows one.
 */
export function publicAction<S extends z.ZodType, T>(
  definition: Common<S> & {
    run: (input: z.output<S>, context: PublicActionContext) => Promise<T>;
    /** Sign-in audits itself (inside Auth.js); everything else is audited here. */
    audited?: boolean;
  },
): DefinedAction<T> {
  const mutation = definition.mutation ?? true;
  const audited = definition.audited ?? mutation;
  const handler = async (raw: unknown): Promise<ActionResult<T>> => {
    const input = toInput(raw);
    const key = input.idempotencyKey;
    delete input.idempotencyKey;
    const refused = controlCharacters(input);
    if (refused) return refused;
    const parsed = definition.input.safeParse(input);
    if (!parsed.success) return invalid(parsed.error);
    const ip = await requestIp();
    const context: PublicActionContext = { ip, audit: {} };
    const entry = (outcome: "success" | "failure", message?: string) => ({
      action: definition.name,
      outcome,
      actor: context.audit.actor,
      team: context.audit.team,
      target: context.audit.target,
      message: message ?? context.audit.message,
      ip,
    });
    let startedId: string | undefined;
    const audit = (outcome: "success" | "failure", message?: string) =>
      startedId ? finishAudit(startedId, entry(outcome, message)) : writeAudit(entry(outcome, message));

    const execute = async (): Promise<ActionResult<T>> => {
      if (audited) startedId = await startAudit({ action: definition.name, ip });
      try {
        const data = await definition.run(parsed.data, context);
        if (audited) await audit("success");
        return { ok: true, data };
      } catch (error) {
        unstable_rethrow(error);
        const failure = failureFrom(error, definition.name);
        if (audited && failure.code !== "invalid-input") await audit("failure", failure.error);
        else if (startedId) await dropStartedAudit(startedId);
        return failure;
      }
    };
    if (!mutation) return execute();
    const keyCheck = idempotencyKey.safeParse(key);
    if (!keyCheck.success) return { ok: false, code: "invalid-input", error: keyCheck.error.issues[0]!.message };
    try {
      return await runOnce({ userId: "public", action: definition.name, key: keyCheck.data, payload: parsed.data }, execute);
    } catch (error) {
      unstable_rethrow(error);
      return failureFrom(error, definition.name);
    }
  };
  return Object.assign(handler, { meta: { name: definition.name, kind: "public" as const, mutation, input: definition.input } });
}
