-- The desk home's queries without full scans of "Claim" (issue 12): counts by status read an
-- index only, "assigned to me" and "in review" walk an index in the order they show.
DROP INDEX "Claim_status_idx";
CREATE INDEX "Claim_status_deletedAt_idx" ON "Claim"("status", "deletedAt");
CREATE INDEX "Claim_assigneeId_updatedAt_idx" ON "Claim"("assigneeId", "updatedAt");
CREATE INDEX "Claim_publication_updatedAt_idx" ON "Claim"("publication", "updatedAt");
-- Latest activity is ordered by (at, id): the index has both, so no sort of the whole log.
DROP INDEX "ClaimEvent_at_idx";
CREATE INDEX "ClaimEvent_at_id_idx" ON "ClaimEvent"("at", "id");
