-- Readers see only reviewed content: every public view of a claim (verdict page, index, search,
-- source page, feeds) is read from "publicSnapshot", written at approval. Snapshot version 2 keeps
-- only what the verdict page shows (the quote with its paragraph as approved, not the whole body).
-- The builder functions below stay in the database: approval and the repair of an unreadable
-- snapshot call them too, so there is one definition of a snapshot (read back by
-- lib/claims/public-snapshot.ts, whose zod schema must match).

-- A desk change that would alter the public page (source renamed, merged or re-kinded; article
-- text or details corrected) sets this to a sentence saying what changed; approval clears it.
ALTER TABLE "Claim" ADD COLUMN "publicOutOfDate" TEXT;

-- JavaScript string offsets count UTF-16 code units; PostgreSQL counts code points.
CREATE FUNCTION claimdesk_utf16_length(t text) RETURNS integer LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT length(t) + length(regexp_replace(t, '[^\U00010000-\U0010FFFF]', '', 'g'))
$$;

-- The quote and the rest of its paragraph (paragraphs are split at blank lines, as in
-- lib/claims/body-segments.ts), or NULL when the quote is not exactly at its offsets: a claim
-- whose words are gone never gets other words.
CREATE FUNCTION claimdesk_quote_in_paragraph(body text, quote text, quote_start integer) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  searched integer := 0;
  found integer;
BEGIN
  IF body IS NULL OR quote IS NULL OR quote = '' OR quote_start IS NULL THEN RETURN NULL; END IF;
  LOOP
    found := strpos(substr(body, searched + 1), quote);
    EXIT WHEN found = 0;
    searched := searched + found;
    IF claimdesk_utf16_length(substr(body, 1, searched - 1)) = quote_start THEN
      RETURN jsonb_build_object(
        'text', quote,
        'before', regexp_replace(substr(body, 1, searched - 1), '^.*\n\s*\n', ''),
        'after', regexp_replace(substr(body, searched + length(quote)), '\n\s*\n.*$', ''));
    END IF;
  END LOOP;
  RETURN NULL;
END
$$;

CREATE FUNCTION claimdesk_iso(t timestamp) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(t, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

-- The snapshot of a claim's current row, or NULL when its quote cannot be shown.
CREATE FUNCTION claimdesk_public_snapshot(claim_id text) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN q.quote IS NULL OR c."publishedAt" IS NULL THEN NULL ELSE jsonb_build_object(
    'version', 2, 'id', c.id, 'summary', c.summary, 'status', c.status, 'explanation', c.explanation,
    'cue', c.cue, 'stance', c.stance, 'publishedAt', claimdesk_iso(c."publishedAt"), 'approvedAt', claimdesk_iso(now() AT TIME ZONE 'UTC'),
    'quote', q.quote,
    'source', (SELECT jsonb_build_object('id', s.id, 'name', s.name, 'kind', s.kind) FROM "Source" s WHERE s.id = c."sourceId"),
    'article', jsonb_build_object('title', a.title, 'url', a.url, 'publisher', a.publisher, 'author', a.author,
      'publishedAt', claimdesk_iso(a."publishedAt"), 'publishedUtcOffset', a."publishedUtcOffset", 'language', a.language),
    'evidence', COALESCE((SELECT jsonb_agg(jsonb_build_object('id', e.id, 'url', e.url, 'title', e.title, 'note', e.note, 'relation', e.relation) ORDER BY e."createdAt", e.id)
      FROM "Evidence" e WHERE e."claimId" = c.id), '[]'::jsonb),
    'corrections', COALESCE((SELECT jsonb_agg(jsonb_build_object('id', k.id, 'what', k.what, 'why', k.why, 'at', claimdesk_iso(k.at)) ORDER BY k.at, k.id)
      FROM "Correction" k WHERE k."claimId" = c.id), '[]'::jsonb),
    'reviewer', (SELECT jsonb_build_object('name', u.name) FROM "User" u WHERE u.id = c."reviewedById")
  ) END
  FROM "Claim" c
  JOIN "Article" a ON a.id = c."articleId"
  CROSS JOIN LATERAL (SELECT CASE WHEN c."needsAttention" THEN NULL ELSE claimdesk_quote_in_paragraph(a.body, c."quoteText", c."quoteStart") END AS quote) q
  WHERE c.id = claim_id
$$;

-- A version 1 snapshot (the whole public view, article body included) as version 2, or NULL when
-- its quote is not at its offsets in its own body.
CREATE FUNCTION claimdesk_snapshot_from_v1(s jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN q IS NULL THEN NULL ELSE
    (s - 'quoteText' - 'quoteStart' - 'quoteEnd' - 'updatedAt')
    || jsonb_build_object('version', 2, 'quote', q, 'approvedAt', s->'updatedAt', 'article', (s->'article') - 'body')
  END
  FROM claimdesk_quote_in_paragraph(s->'article'->>'body', s->>'quoteText', (s->>'quoteStart')::integer) q
$$;

-- Existing snapshots hold what was approved: convert them. Published claims without one showed
-- their row to readers: freeze that. A claim whose quote cannot be found is taken off the public
-- pages (and flagged) until it is re-anchored and approved again.
UPDATE "Claim" SET "publicSnapshot" = claimdesk_snapshot_from_v1("publicSnapshot")
  WHERE "publicSnapshot" IS NOT NULL AND "publicSnapshot"->>'version' IS NULL;
UPDATE "Claim" SET "publicSnapshot" = claimdesk_public_snapshot(id)
  WHERE "publicSnapshot" IS NULL AND publication = 'PUBLISHED' AND "deletedAt" IS NULL AND "publishedAt" IS NOT NULL;
UPDATE "Claim" SET "publicOutOfDate" = 'The approved quote could not be found in the article text, so the verdict is not shown to readers. Re-anchor the quote and approve the claim again.'
  WHERE "publicSnapshot" IS NULL AND publication <> 'DRAFT' AND "deletedAt" IS NULL AND "publishedAt" IS NOT NULL;
UPDATE "Claim" SET "publicSnapshot" = NULL WHERE publication = 'DRAFT' OR "deletedAt" IS NOT NULL;

-- The public index searches what readers see: the approved summary, quote, source and article title.
ALTER TABLE "Claim" ADD COLUMN "publicSearchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple',
  coalesce("publicSnapshot"->>'summary', '') || ' ' || coalesce("publicSnapshot"#>>'{quote,text}', '') || ' ' ||
  coalesce("publicSnapshot"#>>'{source,name}', '') || ' ' || coalesce("publicSnapshot"#>>'{article,title}', ''))) STORED;
CREATE INDEX "Claim_publicSearchVector_idx" ON "Claim" USING GIN ("publicSearchVector");
-- Public means "has a snapshot": the list's order and the source filter, both over public claims only.
CREATE INDEX "Claim_public_snapshot_list_idx" ON "Claim" ("publishedAt" DESC, id DESC) WHERE "publicSnapshot" IS NOT NULL AND "deletedAt" IS NULL;
CREATE INDEX "Claim_public_source_idx" ON "Claim" (("publicSnapshot"#>>'{source,id}')) WHERE "publicSnapshot" IS NOT NULL AND "deletedAt" IS NULL;
