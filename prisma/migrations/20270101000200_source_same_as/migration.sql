-- A source's sameAs links (its Wikidata entry, its official site), for ClaimReview.
ALTER TABLE "Source" ADD COLUMN "sameAs" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

-- Snapshots approved from now on carry the source's sameAs links (older ones read as none).
CREATE OR REPLACE FUNCTION claimdesk_public_snapshot(claim_id text) RETURNS jsonb LANGUAGE sql STABLE AS $$
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
        'source', (SELECT jsonb_build_object('id', src.id, 'name', src.name, 'kind', src.kind, 'sameAs', to_jsonb(src."sameAs")) FROM "Source" src WHERE src.id = s."sourceId"),
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
