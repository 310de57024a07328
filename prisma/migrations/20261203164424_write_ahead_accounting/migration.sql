-- AlterEnum
ALTER TYPE "AuditOutcome" ADD VALUE 'started';

-- AlterTable
ALTER TABLE "IdempotencyRecord" ADD COLUMN     "interruptedAt" TIMESTAMP(3),
ADD COLUMN     "leaseExpiresAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "OperationItem" (
    "id" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "item" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "detail" JSONB,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OperationItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OperationItem_recordId_item_key" ON "OperationItem"("recordId", "item");

-- CreateIndex
CREATE INDEX "IdempotencyRecord_userId_action_requestHash_idx" ON "IdempotencyRecord"("userId", "action", "requestHash");

-- AddForeignKey
ALTER TABLE "OperationItem" ADD CONSTRAINT "OperationItem_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "IdempotencyRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;
