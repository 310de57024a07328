import { z } from "zod";

import { AppError } from "@/lib/errors/app-error";

import { hashPassword, PASSWORD_MIN_LENGTH } from "../auth/password";
import { trackKeys } from "../capabilities/iptv/registry";
import { createConnection } from "../connections/save-connection";
import { db } from "../db/client";
import { getProvider, providerKinds } from "../providers/core/registry";
import { uniqueTeamSlug } from "../teams/slug";
import { sandboxBaseUrls, sandboxIptvInventory } from "./sandbox";
import { SETUP_SETTING } from "./state";

const SANDBOX_REQUESTS_PER_MINUTE = 600;

export const passwordField = z.string().min(PASSWORD_MIN_LENGTH, `At least ${PASSWORD_MIN_LENGTH} characters`).max(256, "At most 256 characters");

export const setupInput = z.object({
  name: z.string().trim().min(1, "Your name is required").max(100),
  email: z.string().trim().toLowerCase().email("Enter a valid email address").max(320),
  password: passwordField,
  teamName: z.string().trim().min(1, "Name your team").max(80),
  connectSandbox: z
    .union([z.literal("on"), z.literal("true"), z.literal("false"), z.boolean()])
    .optional()
    .transform((value) => value === true || value === "on" || value === "true"),
});

/** The IPTV pages of the demo start with the simulator's seeded lines and MAG devices listed. */
async function trackDemoIptvItems(teamId: string, connectionId: string, baseUrl: string): Promise<void> {
  const inventory = await sandboxIptvInventory(baseUrl);
  if (!inventory) return;
  await trackKeys(teamId, connectionId, "line", inventory.lines);
  await trackKeys(teamId, connectionId, "mag", inventory.mags);
}

/**
 * Creates the owner and the team exactly once: the setup marker row is inserted first inside the
 * transaction, so a second (or concurrent) setup fails on its primary key and changes nothing.
 */
export async function completeSetup(input: z.output<typeof setupInput>) {
  const passwordHash = await hashPassword(input.password);
  const slug = await uniqueTeamSlug(input.teamName);
  const { user, team } = await db()
    .$transaction(async (tx) => {
      await tx.setting.create({ data: { key: SETUP_SETTING, value: { at: new Date().toISOString() } } });
      const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
      const team = await tx.team.create({ data: { name: input.teamName, slug } });
      await tx.membership.create({ data: { userId: user.id, teamId: team.id, role: "owner" } });
      return { user, team };
    })
    .catch((error: unknown) => {
      if (typeof error === "object" && error && "code" in error && error.code === "P2002") {
        throw new AppError("conflict", "Hostdeck is already set up. Sign in instead.");
      }
      throw error;
    });

  const urls = input.connectSandbox ? sandboxBaseUrls() : null;
  if (urls) {
    for (const kind of providerKinds) {
      const baseUrl = urls[kind];
      if (!baseUrl) continue;
      const provider = getProvider(kind);
      const connection = await createConnection(
        team.id,
        {
          kind,
          label: `${provider.label} (sandbox)`,
          baseUrl,
          // The simulator does not throttle; a roomier budget keeps the demo (and the e2e suite) snappy.
          requestsPerMinute: SANDBOX_REQUESTS_PER_MINUTE,
          credentials: Object.fromEntries(Object.entries(provider.sandbox.credentials).map(([k, v]) => [k, String(v)])),
        },
        { isSandbox: true },
      );
      if (kind === "xtream") await trackDemoIptvItems(team.id, connection.id, baseUrl);
    }
  }
  return { user: { id: user.id, email: user.email, name: user.name }, team: { id: team.id, name: team.name } };
}
