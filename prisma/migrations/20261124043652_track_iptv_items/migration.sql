-- CreateTable
CREATE TABLE "TrackedIptvItem" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrackedIptvItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrackedIptvItem_teamId_kind_idx" ON "TrackedIptvItem"("teamId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "TrackedIptvItem_connectionId_kind_key_key" ON "TrackedIptvItem"("connectionId", "kind", "key");

-- AddForeignKey
ALTER TABLE "TrackedIptvItem" ADD CONSTRAINT "TrackedIptvItem_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackedIptvItem" ADD CONSTRAINT "TrackedIptvItem_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill (data): until now the tracked lines and MAG devices were rebuilt from the audit log. Keep, per
-- connection that still exists, every key a successful create / import ("Add existing") added and no later
-- successful delete / forget ("Stop listing") removed. Keys compare case-insensitively, and MACs are stored upper-case.
WITH "events" AS (
    SELECT a."id", a."createdAt", a."teamId", a."connectionId",
           split_part(a."action", '.', 2) AS "kind",
           split_part(a."action", '.', 3) IN ('create', 'import') AS "isAdd",
           k."value" #>> '{}' AS "key"
    FROM "AuditEvent" a
    JOIN "Connection" c ON c."id" = a."connectionId" AND c."teamId" = a."teamId"
    CROSS JOIN LATERAL jsonb_array_elements(
        CASE WHEN jsonb_typeof(a."details" -> 'keys') = 'array' THEN a."details" -> 'keys' ELSE '[]'::jsonb END
    ) AS k("value")
    WHERE a."outcome" = 'success'
      AND a."action" IN ('iptv.line.create', 'iptv.line.import', 'iptv.line.delete', 'iptv.line.forget',
                         'iptv.mag.create', 'iptv.mag.import', 'iptv.mag.delete', 'iptv.mag.forget')
      AND jsonb_typeof(k."value") = 'string'
      AND k."value" #>> '{}' <> ''
)
INSERT INTO "TrackedIptvItem" ("id", "teamId", "connectionId", "kind", "key", "createdAt")
SELECT gen_random_uuid()::text, t."teamId", t."connectionId", t."kind",
       CASE WHEN t."kind" = 'mag' THEN upper(t."key") ELSE t."key" END, t."createdAt"
FROM (
    SELECT DISTINCT ON (e."connectionId", e."kind", lower(e."key")) e."teamId", e."connectionId", e."kind", e."key", e."createdAt"
    FROM "events" e
    WHERE e."isAdd"
      AND NOT EXISTS (
          SELECT 1 FROM "events" r
          WHERE NOT r."isAdd" AND r."connectionId" = e."connectionId" AND r."kind" = e."kind"
            AND lower(r."key") = lower(e."key") AND (r."createdAt", r."id") > (e."createdAt", e."id")
      )
    ORDER BY e."connectionId", e."kind", lower(e."key"), e."createdAt", e."id"
) t
ON CONFLICT ("connectionId", "kind", "key") DO NOTHING;
