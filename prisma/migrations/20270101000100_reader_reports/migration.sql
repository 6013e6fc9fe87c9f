-- Readers' tips and error reports, the desk inbox, and their audit log.
CREATE TYPE "ReaderReportKind" AS ENUM ('TIP', 'ERROR');
CREATE TYPE "ReaderReportStatus" AS ENUM ('OPEN', 'LINKED', 'CLOSED');
CREATE TYPE "ReaderReportEventKind" AS ENUM ('RECEIVED', 'LINKED', 'CLOSED', 'REOPENED');

CREATE TABLE "ReaderReport" (
    "id" TEXT NOT NULL,
    "kind" "ReaderReportKind" NOT NULL,
    "text" TEXT NOT NULL,
    "email" TEXT,
    "claimId" TEXT,
    "correctionId" TEXT,
    "status" "ReaderReportStatus" NOT NULL DEFAULT 'OPEN',
    "closeReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReaderReport_pkey" PRIMARY KEY ("id"),
    -- The size limit of the reader's form, kept by the database too.
    CONSTRAINT "ReaderReport_text_size" CHECK (char_length("text") BETWEEN 1 AND 5000)
);

CREATE INDEX "ReaderReport_status_createdAt_idx" ON "ReaderReport"("status", "createdAt");
CREATE INDEX "ReaderReport_claimId_idx" ON "ReaderReport"("claimId");

ALTER TABLE "ReaderReport" ADD CONSTRAINT "ReaderReport_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ReaderReport" ADD CONSTRAINT "ReaderReport_correctionId_fkey" FOREIGN KEY ("correctionId") REFERENCES "Correction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "ReaderReportEvent" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "actorId" TEXT,
    "kind" "ReaderReportEventKind" NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReaderReportEvent_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ReaderReportEvent_reportId_at_idx" ON "ReaderReportEvent"("reportId", "at");

ALTER TABLE "ReaderReportEvent" ADD CONSTRAINT "ReaderReportEvent_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ReaderReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ReaderReportEvent" ADD CONSTRAINT "ReaderReportEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE FUNCTION "reader_report_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ReaderReportEvent is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER "ReaderReportEvent_append_only" BEFORE UPDATE OR DELETE ON "ReaderReportEvent"
  FOR EACH ROW EXECUTE FUNCTION "reader_report_event_append_only"();
