-- Full-text search over published claims for the public index. The 'simple' configuration
-- lower-cases and splits words without language-specific stemming, so Indonesian and English
-- text (often mixed in one story) are matched alike.
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', coalesce("summary", '') || ' ' || coalesce("quoteText", ''))) STORED;

CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

-- The public index lists published verdicts newest first.
CREATE INDEX "Claim_public_list_idx" ON "Claim" ("publishedAt" DESC, "id" DESC) WHERE "publication" = 'PUBLISHED' AND "deletedAt" IS NULL;
