-- CreateTable
CREATE TABLE "FollowedTask" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "serverId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "actorName" TEXT,
    "state" TEXT NOT NULL DEFAULT 'running',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checkedAt" TIMESTAMP(3),
    "checks" INTEGER NOT NULL DEFAULT 0,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "FollowedTask_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FollowedTask_state_checkedAt_idx" ON "FollowedTask"("state", "checkedAt");

-- CreateIndex
CREATE INDEX "FollowedTask_teamId_startedAt_idx" ON "FollowedTask"("teamId", "startedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "FollowedTask_connectionId_serverId_taskId_key" ON "FollowedTask"("connectionId", "serverId", "taskId");

-- AddForeignKey
ALTER TABLE "FollowedTask" ADD CONSTRAINT "FollowedTask_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowedTask" ADD CONSTRAINT "FollowedTask_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection"("id") ON DELETE CASCADE ON UPDATE CASCADE;
