-- One checked claim, many attributions (issue 14). A Claim is now the checkable statement; each place
-- it was said (an article span, its source, cue and stance) is an Attribution. Every existing claim
-- becomes a claim with one attribution that has the claim's own id, so ids, public URLs, history,
-- evidence, corrections and snapshots all stay where they are.

ALTER TYPE "ClaimEventKind" ADD VALUE 'ATTRIBUTION_ADDED';
ALTER TYPE "ClaimEventKind" ADD VALUE 'ATTRIBUTION_EDITED';
ALTER TYPE "ClaimEventKind" ADD VALUE 'ATTRIBUTION_MOVED';
ALTER TYPE "ClaimEventKind" ADD VALUE 'ATTRIBUTION_REMOVED';
ALTER TYPE "ClaimEventKind" ADD VALUE 'MERGED';

CREATE TABLE "Attribution" (
  "id" TEXT NOT NULL,
  "claimId" TEXT NOT NULL,
  "articleId" TEXT NOT NULL,
  "sourceId" TEXT,
  "quoteStart" INTEGER NOT NULL,
  "quoteEnd" INTEGER NOT NULL,
  "quoteText" TEXT NOT NULL,
  "quotePrefix" TEXT NOT NULL DEFAULT '',
  "quoteSuffix" TEXT NOT NULL DEFAULT '',
  "needsAttention" BOOLEAN NOT NULL DEFAULT false,
  "cue" TEXT NOT NULL DEFAULT '',
  "stance" "Stance" NOT NULL DEFAULT 'ASSERTS',
  "createdById" TEXT NOT NULL,
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMP(3) NOT NULL,
  CONSTRAINT "Attribution_pkey" PRIMARY KEY ("id")
);

INSERT INTO "Attribution" (id, "claimId", "articleId", "sourceId", "quoteStart", "quoteEnd", "quoteText", "quotePrefix",
  "quoteSuffix", "needsAttention", cue, stance, "createdById", "createdAt", "updatedAt")
SELECT id, id, "articleId", "sourceId", "quoteStart", "quoteEnd", "quoteText", "quotePrefix",
  "quoteSuffix", "needsAttention", cue, stance, "createdById", "createdAt", "updatedAt"
FROM "Claim";

CREATE INDEX "Attribution_claimId_idx" ON "Attribution"("claimId");
CREATE INDEX "Attribution_articleId_quoteStart_idx" ON "Attribution"("articleId", "quoteStart");
CREATE INDEX "Attribution_sourceId_idx" ON "Attribution"("sourceId");
ALTER TABLE "Attribution" ADD CONSTRAINT "Attribution_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Attribution" ADD CONSTRAINT "Attribution_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Attribution" ADD CONSTRAINT "Attribution_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Attribution" ADD CONSTRAINT "Attribution_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The statement's language, which was the article's until now.
ALTER TABLE "Claim" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'id';
UPDATE "Claim" c SET language = a.language FROM "Article" a WHERE a.id = c."articleId";

ALTER TABLE "Claim" ADD COLUMN "mergedIntoId" TEXT;
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Snapshot version 3: the statement and every place it was said, each with its quote in its
-- paragraph as approved. Attributions come in order of appearance (the article's date, then when
-- the desk linked them), so the first one is ClaimReview's firstAppearance. NULL when the claim has
-- no attribution or any quote cannot be found: a reviewer approves what readers will see, whole.
DROP FUNCTION claimdesk_public_snapshot(text);
CREATE FUNCTION claimdesk_public_snapshot(claim_id text) RETURNS jsonb LANGUAGE sql STABLE AS $$
  WITH shown AS (
    SELECT t.id, t.cue, t.stance, t."sourceId", t."createdAt", a."publishedAt" AS "articleAt",
      jsonb_build_object('title', a.title, 'url', a.url, 'publisher', a.publisher, 'author', a.author,
        'publishedAt', claimdesk_iso(a."publishedAt"), 'publishedUtcOffset', a."publishedUtcOffset", 'language', a.language) AS article,
      CASE WHEN t."needsAttention" THEN NULL ELSE claimdesk_quote_in_paragraph(a.body, t."quoteText", t."quoteStart") END AS quote
    FROM "Attribution" t JOIN "Article" a ON a.id = t."articleId"
    WHERE t."claimId" = claim_id
  )
  SELECT CASE WHEN c."publishedAt" IS NULL OR NOT EXISTS (SELECT 1 FROM shown) OR EXISTS (SELECT 1 FROM shown WHERE quote IS NULL)
  THEN NULL ELSE jsonb_build_object(
    'version', 3, 'id', c.id, 'summary', c.summary, 'language', c.language, 'status', c.status, 'explanation', c.explanation,
    'publishedAt', claimdesk_iso(c."publishedAt"), 'approvedAt', claimdesk_iso(now() AT TIME ZONE 'UTC'),
    'attributions', (SELECT jsonb_agg(jsonb_build_object('id', s.id, 'cue', s.cue, 'stance', s.stance, 'quote', s.quote,
        'source', (SELECT jsonb_build_object('id', src.id, 'name', src.name, 'kind', src.kind) FROM "Source" src WHERE src.id = s."sourceId"),
        'article', s.article) ORDER BY s."articleAt" NULLS LAST, s."createdAt", s.id) FROM shown s),
    'evidence', COALESCE((SELECT jsonb_agg(jsonb_build_object('id', e.id, 'url', e.url, 'title', e.title, 'note', e.note, 'relation', e.relation) ORDER BY e."createdAt", e.id)
      FROM "Evidence" e WHERE e."claimId" = c.id), '[]'::jsonb),
    'corrections', COALESCE((SELECT jsonb_agg(jsonb_build_object('id', k.id, 'what', k.what, 'why', k.why, 'at', claimdesk_iso(k.at)) ORDER BY k.at, k.id)
      FROM "Correction" k WHERE k."claimId" = c.id), '[]'::jsonb),
    'reviewer', (SELECT jsonb_build_object('name', u.name) FROM "User" u WHERE u.id = c."reviewedById")
  ) END
  FROM "Claim" c
  WHERE c.id = claim_id
$$;

-- An approved snapshot of an older version as version 3, or NULL when it cannot be converted. A
-- version 2 snapshot had one quote, source and article: it becomes the one attribution, whose id is
-- the claim's (as this migration made it).
CREATE FUNCTION claimdesk_snapshot_to_v3(stored jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN s IS NULL OR s->>'version' IS DISTINCT FROM '2' THEN NULL ELSE
    (s - 'cue' - 'stance' - 'quote' - 'source' - 'article') || jsonb_build_object(
      'version', 3, 'language', COALESCE(s#>>'{article,language}', 'id'),
      'attributions', jsonb_build_array(jsonb_build_object('id', s->'id', 'cue', s->'cue', 'stance', s->'stance',
        'quote', s->'quote', 'source', s->'source', 'article', s->'article')))
  END
  FROM (SELECT CASE WHEN stored->>'version' IS NULL THEN claimdesk_snapshot_from_v1(stored) ELSE stored END AS s) converted
$$;

-- Public search and the source filter read the snapshot; their generated column and index follow it.
ALTER TABLE "Claim" DROP COLUMN "publicSearchVector";
DROP INDEX IF EXISTS "Claim_public_source_idx";

UPDATE "Claim" SET "publicSnapshot" = claimdesk_snapshot_to_v3("publicSnapshot")
  WHERE "publicSnapshot" IS NOT NULL AND "publicSnapshot"->>'version' IS DISTINCT FROM '3';
UPDATE "Claim" SET "publicOutOfDate" = 'The approved public version of this claim could not be converted, so readers do not see it. Approve the claim again to publish it.'
  WHERE "publicSnapshot" IS NULL AND publication = 'PUBLISHED' AND "deletedAt" IS NULL AND "publicOutOfDate" IS NULL;

ALTER TABLE "Claim" ADD COLUMN "publicSearchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple',
  coalesce("publicSnapshot"->>'summary', '') || ' ' ||
  coalesce(jsonb_path_query_array("publicSnapshot", '$.attributions[*].quote.text')::text, '') || ' ' ||
  coalesce(jsonb_path_query_array("publicSnapshot", '$.attributions[*].source.name')::text, '') || ' ' ||
  coalesce(jsonb_path_query_array("publicSnapshot", '$.attributions[*].article.title')::text, ''))) STORED;
CREATE INDEX "Claim_publicSearchVector_idx" ON "Claim" USING GIN ("publicSearchVector");
-- A source's public page: the public claims with an attribution to that source (containment, @>).
CREATE INDEX "Claim_public_attributions_idx" ON "Claim" USING GIN (("publicSnapshot"->'attributions') jsonb_path_ops)
  WHERE "publicSnapshot" IS NOT NULL AND "deletedAt" IS NULL;

-- The matcher's full-text candidates: the statement on the claim, each quote on its attribution.
ALTER TABLE "Claim" DROP COLUMN "searchVector";
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce("summary", ''))) STORED;
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");
ALTER TABLE "Attribution" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce("quoteText", ''))) STORED;
CREATE INDEX "Attribution_searchVector_idx" ON "Attribution" USING GIN ("searchVector");

ALTER TABLE "Claim" DROP COLUMN "articleId", DROP COLUMN "sourceId", DROP COLUMN "quoteStart", DROP COLUMN "quoteEnd",
  DROP COLUMN "quoteText", DROP COLUMN "quotePrefix", DROP COLUMN "quoteSuffix", DROP COLUMN "needsAttention",
  DROP COLUMN "cue", DROP COLUMN "stance";
