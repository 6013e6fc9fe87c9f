// The data of `npm run bench:export`, generated server-side in one statement each. The text carries
// quotes, commas, line breaks, Indonesian, emoji and a leading "=", so the CSV writer does its real
// work. Every claim is said once (asserted); every second one is also denied in another article, so
// exports join one or two attributions per claim, as a desk that links repeats would.

export const SEED_SQL = (n: number) => `
  INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ('bench-user', 'bench@example.test', 'Dewi Pemeriksa', 'x', 'EDITOR', now());
  INSERT INTO "Source" (id, name, "normalizedName", kind, "updatedAt")
    SELECT 'src' || i, '@Sumber ' || i || ', "resmi"', 'sumber ' || i, (ARRAY['GOVERNMENT', 'PERSON', 'MEDIA'])[1 + i % 3]::"SourceKind", now() FROM generate_series(1, 500) i;
  INSERT INTO "Article" (id, title, url, publisher, "publishedAt", language, body, "rawInput", "createdById", "updatedAt")
    SELECT 'art' || i, 'Judul "berita", nomor ' || i, 'https://news.example/' || i, 'Kompas.com', now() - i * interval '1 hour',
      CASE WHEN i % 2 = 0 THEN 'id' ELSE 'en' END,
      '"Tanggul jebol," kata Bupati, ' || i || E'\\nbaris kedua 😀\\n\\nParagraf berikutnya, dengan koma.', 'raw', 'bench-user', now()
    FROM generate_series(1, 200) i;
  INSERT INTO "Claim" (id, summary, language, status, explanation, "reviewedById", publication, "publishedAt", "createdById", "updatedAt")
    SELECT 'c' || lpad(i::text, 9, '0'), '=Klaim nomor ' || i || ': harga beras naik 20%, "kata" menteri 🇮🇩', CASE WHEN i % 2 = 0 THEN 'id' ELSE 'en' END,
      (ARRAY['TRUE', 'PARTLY_TRUE', 'UNPROVEN', 'MISLEADING', 'FALSE'])[1 + i % 5]::"ClaimStatus",
      'Penjelasan, dengan koma; dan "kutipan". ' || repeat('Data BPS menunjukkan angka yang berbeda. ', 5),
      'bench-user', 'PUBLISHED', now() - i * interval '1 minute', 'bench-user', now()
    FROM generate_series(1, ${n}) i;
  INSERT INTO "Attribution" (id, "claimId", "articleId", "sourceId", "quoteStart", "quoteEnd", "quoteText", cue, stance, "createdById", "updatedAt")
    SELECT 'at' || i || '-' || k, 'c' || lpad(i::text, 9, '0'), 'art' || art, 'src' || (1 + (i + 250 * (k - 1)) % 500), 0, 10,
      '"Tanggul jebol," kata Bupati, ' || art || E'\\nbaris kedua 😀', CASE k WHEN 1 THEN 'mengatakan' ELSE 'membantah' END,
      (CASE k WHEN 1 THEN 'ASSERTS' ELSE 'DENIES' END)::"Stance", 'bench-user', now()
    FROM generate_series(1, ${n}) i, generate_series(1, 2) k, LATERAL (SELECT 1 + (i + 7 * (k - 1)) % 200 AS art) a
    WHERE k = 1 OR i % 2 = 0;
  INSERT INTO "Evidence" (id, "claimId", url, title, relation, "addedById", "updatedAt")
    SELECT 'ev' || i || '-' || k, 'c' || lpad(i::text, 9, '0'), 'https://data.example/' || i || '/' || k, 'Bukti ' || k, 'REFUTES', 'bench-user', now()
    FROM generate_series(1, ${n}) i, generate_series(1, 2) k;
  INSERT INTO "Correction" (id, "claimId", what, why, "authorId")
    SELECT 'cor' || i, 'c' || lpad(i::text, 9, '0'), 'Label', 'Data baru', 'bench-user' FROM generate_series(1, ${n}, 100) i;`;

// Published claims are exported from their approved snapshots: take them as approval does.
export const SNAPSHOT_SQL = `UPDATE "Claim" SET "publicSnapshot" = claimdesk_public_snapshot(id) WHERE publication = 'PUBLISHED'`;

const ATTRIBUTION_ORDER = `ORDER BY a."publishedAt" NULLS LAST, t."createdAt", t.id`;
const joined = (column: string) => `string_agg(${column}, E'\\n' ${ATTRIBUTION_ORDER})`;

// The same rows and stored columns as the CSV export, joined the same way (the export adds the
// computed ones: public URL, label, rating), from the working rows.
export const COPY_QUERY = `COPY (
  SELECT c.id, c.summary, c.language, c.status, c.explanation,
    (SELECT string_agg(e.url, E'\\n' ORDER BY e."createdAt", e.id) FROM "Evidence" e WHERE e."claimId" = c.id),
    said.n, said.sources, said.kinds, said.stances, said.titles, said.urls, said.publishers, said.dates,
    r.name, c.publication, c."publishedAt"
  FROM "Claim" c LEFT JOIN "User" r ON r.id = c."reviewedById"
  CROSS JOIN LATERAL (SELECT count(*) AS n, ${joined(`coalesce(s.name, '')`)} AS sources, ${joined(`coalesce(s.kind::text, '')`)} AS kinds,
      ${joined('t.stance::text')} AS stances, ${joined('a.title')} AS titles, ${joined(`coalesce(a.url, '')`)} AS urls,
      ${joined(`coalesce(a.publisher, '')`)} AS publishers, ${joined(`coalesce(a."publishedAt"::text, '')`)} AS dates
    FROM "Attribution" t JOIN "Article" a ON a.id = t."articleId" LEFT JOIN "Source" s ON s.id = t."sourceId" WHERE t."claimId" = c.id) said
  WHERE c."deletedAt" IS NULL AND c.publication = 'PUBLISHED' ORDER BY c.id
) TO STDOUT (FORMAT csv, HEADER)`;
