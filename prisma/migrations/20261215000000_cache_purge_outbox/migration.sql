-- Outbox of purges for the caching proxy (issue 12): written in the same transaction as a publish,
-- correction or unpublish, drained by any app instance with FOR UPDATE SKIP LOCKED.
CREATE TABLE "CachePurge" (
    "id" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "paths" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "availableAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CachePurge_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "CachePurge_availableAt_idx" ON "CachePurge"("availableAt");
