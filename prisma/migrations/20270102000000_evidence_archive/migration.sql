-- Evidence that lasts (issue 16): every cited page is captured by a background job (pg-boss, which
-- keeps its own tables in the "pgboss" schema and creates them itself), and the sources of
-- published verdicts are re-checked; what changed waits for an editor as a SourceChange.
ALTER TYPE "ClaimEventKind" ADD VALUE 'SOURCE_CHANGE_NO_EFFECT';
ALTER TYPE "ClaimEventKind" ADD VALUE 'SOURCE_CHANGE_CORRECTION';

CREATE TYPE "ArchiveState" AS ENUM ('NONE', 'QUEUED', 'ARCHIVED', 'FAILED', 'TOO_LARGE');
CREATE TYPE "CapturePurpose" AS ENUM ('ARCHIVE', 'WATCH');
CREATE TYPE "SourceChangeKind" AS ENUM ('GONE', 'TEXT_CHANGED');
CREATE TYPE "SourceChangeState" AS ENUM ('OPEN', 'NO_EFFECT', 'CORRECTION');

CREATE TABLE "EvidenceCapture" (
    "id" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "purpose" "CapturePurpose" NOT NULL,
    "url" TEXT NOT NULL,
    "finalUrl" TEXT,
    "httpStatus" INTEGER,
    "contentType" TEXT,
    "sha256" TEXT,
    "body" BYTEA,
    "title" TEXT,
    "text" TEXT,
    "failure" TEXT,
    "waybackUrl" TEXT,
    "capturedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EvidenceCapture_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "EvidenceCapture_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "EvidenceCapture_evidenceId_capturedAt_idx" ON "EvidenceCapture"("evidenceId", "capturedAt");

-- Evidence cited before this migration was never captured: NONE, until an editor asks for a copy.
ALTER TABLE "Evidence"
    ADD COLUMN "archiveState" "ArchiveState" NOT NULL DEFAULT 'NONE',
    ADD COLUMN "archiveError" TEXT,
    ADD COLUMN "archiveCaptureId" TEXT,
    ADD COLUMN "watchBaselineId" TEXT,
    ADD CONSTRAINT "Evidence_archiveCaptureId_fkey" FOREIGN KEY ("archiveCaptureId") REFERENCES "EvidenceCapture"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    ADD CONSTRAINT "Evidence_watchBaselineId_fkey" FOREIGN KEY ("watchBaselineId") REFERENCES "EvidenceCapture"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE UNIQUE INDEX "Evidence_archiveCaptureId_key" ON "Evidence"("archiveCaptureId");
CREATE UNIQUE INDEX "Evidence_watchBaselineId_key" ON "Evidence"("watchBaselineId");

CREATE TABLE "SourceChange" (
    "id" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "kind" "SourceChangeKind" NOT NULL,
    "beforeId" TEXT NOT NULL,
    "afterId" TEXT NOT NULL,
    "changedShare" DOUBLE PRECISION,
    "state" "SourceChangeState" NOT NULL DEFAULT 'OPEN',
    "reason" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SourceChange_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "SourceChange_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SourceChange_beforeId_fkey" FOREIGN KEY ("beforeId") REFERENCES "EvidenceCapture"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SourceChange_afterId_fkey" FOREIGN KEY ("afterId") REFERENCES "EvidenceCapture"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SourceChange_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX "SourceChange_state_createdAt_idx" ON "SourceChange"("state", "createdAt");
CREATE INDEX "SourceChange_evidenceId_idx" ON "SourceChange"("evidenceId");
-- At most one open change per evidence: the watch updates it instead of piling up duplicates.
CREATE UNIQUE INDEX "SourceChange_one_open_per_evidence" ON "SourceChange"("evidenceId") WHERE "state" = 'OPEN';
