// Fills the benchmark database in bulk SQL (seconds, not minutes): the demo users, 500 sources,
// 1,000 articles with 10 published claims each (one source with 500 of them, so its track record
// is the long one), and one article with 500 working claims for the desk workspace. Published
// claims get their reader snapshot exactly as approval takes it (claimdesk_public_snapshot).
import pg from 'pg';
import { createPrismaClient } from '@/lib/db/create-client';
import { slugify } from '@/lib/claims/slug';
import { seedDemoData } from '@/prisma/seed';

const SOURCES = 500;
const ARTICLES = 1_000;
const CLAIMS_PER_ARTICLE = 10;
const BIG_ARTICLE_CLAIMS = 500;
/** The source whose track record lists 500 claims. */
export const BIG_SOURCE_ID = 'bsrc000';
export const BIG_ARTICLE_ID = 'bartbig';
export const SEARCH_WORD = 'banjir';
/** Verdict pages the cold run loads once each, and the other never-loaded ones rendered just before it. */
export const COLD_PAGES = 1000;
export const WARM_UP_PAGES = 200;

const TOPICS = [
  'banjir',
  'harga beras',
  'tanggul',
  'anggaran',
  'jalan tol',
  'vaksin',
  'sekolah',
  'pajak',
  'listrik',
  'pemilu',
  'tank',
  'jembatan',
  'pupuk',
  'gaji guru',
  'bandara',
  'kereta',
  'rumah sakit',
  'air bersih',
  'subsidi',
  'hutan',
];
const STATUSES = ['TRUE', 'PARTLY_TRUE', 'UNPROVEN', 'MISLEADING', 'FALSE'] as const;
const WORKING = ['UNSTARTED', 'IN_PROGRESS', 'UNPROVEN', 'FALSE'] as const;

const pad = (n: number, width = 3) => String(n).padStart(width, '0');
const sourceName = (i: number) => `Sumber ${pad(i)} ${['Kementerian', 'Bupati', 'Juru bicara', 'Lembaga', 'Warga'][i % 5]}`;

interface ClaimRow {
  id: string;
  articleId: string;
  sourceId: string;
  quoteStart: number;
  quoteEnd: number;
  quoteText: string;
  summary: string;
  status: string;
  publication: string;
  publishedAt: Date | null;
  assigned: boolean;
}

/** An article body of one paragraph per claim, the quote opening each paragraph (ASCII: offsets are exact). */
function articleWithClaims(
  articleId: string,
  count: number,
  claimOf: (k: number) => Omit<ClaimRow, 'articleId' | 'quoteStart' | 'quoteEnd' | 'quoteText'> & { topic: string },
) {
  const paragraphs: string[] = [];
  const claims: ClaimRow[] = [];
  let offset = 0;
  for (let k = 0; k < count; k += 1) {
    const { topic, ...claim } = claimOf(k);
    const quote = `"Soal ${topic}, angka nomor ${k} dari pemerintah daerah itu sudah benar dan tidak dibuat-buat," ujarnya.`;
    const paragraph = `${quote} Wartawan mencatat pernyataan itu di kantor dinas, disaksikan warga dan petugas.`;
    claims.push({ ...claim, articleId, quoteStart: offset, quoteEnd: offset + quote.length, quoteText: quote });
    paragraphs.push(paragraph);
    offset += paragraph.length + 2;
  }
  return { body: paragraphs.join('\n\n'), claims };
}

function generate(now: number) {
  const articles: { id: string; title: string; body: string; publishedAt: Date; createdAt: Date }[] = [];
  const claims: ClaimRow[] = [];
  let n = 0;
  for (let a = 0; a < ARTICLES; a += 1) {
    const id = `bart${pad(a, 4)}`;
    const built = articleWithClaims(id, CLAIMS_PER_ARTICLE, (k) => {
      const i = n++;
      const topic = TOPICS[i % TOPICS.length] ?? 'banjir';
      // Every 20th claim belongs to the big source: 500 of 10,000. The rest spread over the others.
      const source = i % 20 === 0 ? 0 : 1 + (i % (SOURCES - 1));
      return {
        topic,
        id: `bclm${pad(i, 5)}`,
        sourceId: `bsrc${pad(source)}`,
        summary: `${sourceName(source)} menyebut ${topic} nomor ${k} di artikel ${a} sudah sesuai data`,
        status: STATUSES[i % STATUSES.length] ?? 'TRUE',
        publication: 'PUBLISHED',
        publishedAt: new Date(now - i * 60_000),
        assigned: false,
      };
    });
    articles.push({
      id,
      title: `Berita nomor ${a} tentang ${TOPICS[a % TOPICS.length]}`,
      body: built.body,
      publishedAt: new Date(now - a * 600_000),
      createdAt: new Date(now - 864e5 - a * 1000),
    });
    claims.push(...built.claims);
  }
  const big = articleWithClaims(BIG_ARTICLE_ID, BIG_ARTICLE_CLAIMS, (k) => ({
    topic: TOPICS[k % TOPICS.length] ?? 'banjir',
    id: `bwrk${pad(k)}`,
    sourceId: `bsrc${pad(k % SOURCES)}`,
    summary: `Klaim kerja nomor ${k} tentang ${TOPICS[k % TOPICS.length]}`,
    status: WORKING[k % WORKING.length] ?? 'UNSTARTED',
    publication: k % 10 === 0 ? 'IN_REVIEW' : 'DRAFT',
    publishedAt: null,
    assigned: k % 7 === 0,
  }));
  articles.push({
    id: BIG_ARTICLE_ID,
    title: 'Transkrip rapat dengar pendapat: 500 pernyataan',
    body: big.body,
    publishedAt: new Date(now),
    createdAt: new Date(now),
  });
  claims.push(...big.claims);
  return { articles, claims };
}

export interface BenchData {
  hotClaimPath: string;
  coldClaimPaths: string[];
  /** Other never-loaded verdict pages, rendered just before the cold run (see run.ts). */
  warmUpClaimPaths: string[];
  claimCount: number;
}

export async function fillBenchDatabase(url: string, log: (line: string) => void): Promise<BenchData> {
  const prisma = createPrismaClient(url);
  await seedDemoData(prisma);
  await prisma.$disconnect();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const users = await client.query<{ id: string; email: string }>(
      `SELECT id, email FROM "User" WHERE email IN ('editor@example.org', 'editor2@example.org')`,
    );
    const editor = users.rows.find((u) => u.email === 'editor@example.org')?.id;
    const reviewer = users.rows.find((u) => u.email === 'editor2@example.org')?.id;
    if (!editor || !reviewer) throw new Error('demo users missing');
    const now = Date.now();
    const { articles, claims } = generate(now);
    await client.query('BEGIN');
    const sourceIds = Array.from({ length: SOURCES }, (_, i) => `bsrc${pad(i)}`);
    await client.query(
      `INSERT INTO "Source" (id, name, "normalizedName", kind, "updatedAt")
       SELECT id, name, lower(name), (ARRAY['GOVERNMENT','PERSON','MEDIA','ORGANIZATION'])[1 + (n % 4)::int]::"SourceKind", now()
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(id, name, n)`,
      [sourceIds, sourceIds.map((_, i) => sourceName(i))],
    );
    await client.query(
      `INSERT INTO "Article" (id, title, publisher, author, "publishedAt", "publishedUtcOffset", language, body, "rawInput", "createdById", "createdAt", "updatedAt")
       SELECT id, title, 'Harian Contoh', 'Penulis Contoh', pub, 420, 'id', body, body, $6, created, created
       FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::timestamptz[]) AS t(id, title, body, pub, created)`,
      [
        articles.map((a) => a.id),
        articles.map((a) => a.title),
        articles.map((a) => a.body),
        articles.map((a) => a.publishedAt),
        articles.map((a) => a.createdAt),
        editor,
      ],
    );
    const col = <K extends keyof ClaimRow>(key: K) => claims.map((c) => c[key]);
    await client.query(
      `INSERT INTO "Claim" (id, language, summary, status, explanation,
         "assigneeId", "verdictById", "reviewedById", publication, "publishedAt", "createdById", "createdAt", "updatedAt")
       SELECT id, 'id', summ, st::"ClaimStatus",
         CASE WHEN pub = 'PUBLISHED' THEN 'Data resmi menunjukkan angka yang berbeda; lihat bukti di bawah.' ELSE '' END,
         CASE WHEN asg THEN $6 END, CASE WHEN pub <> 'DRAFT' THEN $7 END, CASE WHEN pub = 'PUBLISHED' THEN $6 END,
         pub::"Publication", pat, $6, coalesce(pat, now()), coalesce(pat, now())
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $8::boolean[]) AS t(id, summ, st, pub, pat, asg)`,
      [col('id'), col('summary'), col('status'), col('publication'), col('publishedAt'), reviewer, editor, col('assigned')],
    );
    // Each claim said once, where the generator put it (the attribution has the claim's id, as migrated claims do).
    await client.query(
      `INSERT INTO "Attribution" (id, "claimId", "articleId", "sourceId", "quoteStart", "quoteEnd", "quoteText", cue, stance, "createdById", "createdAt", "updatedAt")
       SELECT id, id, art, src, qs, qe, qt, 'ujarnya', 'ASSERTS', $7, now(), now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::text[]) AS t(id, art, src, qs, qe, qt)`,
      [col('id'), col('articleId'), col('sourceId'), col('quoteStart'), col('quoteEnd'), col('quoteText'), reviewer],
    );
    await client.query(
      `INSERT INTO "Evidence" (id, "claimId", url, title, note, relation, "addedById", "createdAt", "updatedAt")
       SELECT 'bev' || c.id || k, c.id, 'https://data.example/' || c.id || '/' || k, 'Data resmi ' || k, 'Tabel halaman ' || k, (ARRAY['SUPPORTS','REFUTES'])[k]::"EvidenceRelation", $1, now(), now()
       FROM "Claim" c, generate_series(1, 2) k WHERE c.publication = 'PUBLISHED' AND c.id LIKE 'bclm%'`,
      [reviewer],
    );
    await client.query(
      `INSERT INTO "ClaimEvent" (id, "claimId", "actorId", kind, at)
       SELECT 'bevc' || id, id, $1, 'CREATED'::"ClaimEventKind", "createdAt" - interval '1 hour' FROM "Claim" WHERE id LIKE 'b%'
       UNION ALL SELECT 'beva' || id, id, $2, 'APPROVED'::"ClaimEventKind", "publishedAt" FROM "Claim" WHERE id LIKE 'bclm%'
       UNION ALL SELECT 'bevs' || id, id, $1, 'SUBMITTED'::"ClaimEventKind", "createdAt" FROM "Claim" WHERE id LIKE 'bwrk%' AND publication = 'IN_REVIEW'`,
      [editor, reviewer],
    );
    await client.query(
      `UPDATE "Claim" SET "publicSnapshot" = claimdesk_public_snapshot(id) WHERE publication = 'PUBLISHED' AND id LIKE 'bclm%'`,
    );
    await client.query('COMMIT');
    // As autovacuum leaves a live database: statistics and visibility map current (index-only scans).
    await client.query('VACUUM ANALYZE');
    const count = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Claim" WHERE "publicSnapshot" IS NOT NULL`);
    log(
      `Filled: ${SOURCES} sources, ${articles.length} articles, ${count.rows[0]?.n} public claims, ${BIG_ARTICLE_CLAIMS} working claims on one article.`,
    );
    const published = claims.filter((c) => c.publication === 'PUBLISHED');
    const path = (c: ClaimRow) => `/claims/${c.id}/${slugify(c.summary)}`;
    // The hot page is one of the newest; the cold ones are spread over the rest and never loaded before.
    const hot = published[0];
    if (!hot) throw new Error('no published claim generated');
    return {
      hotClaimPath: path(hot),
      coldClaimPaths: published
        .filter((_, i) => i % 9 === 5)
        .slice(0, COLD_PAGES)
        .map(path),
      warmUpClaimPaths: published
        .filter((_, i) => i % 9 === 7)
        .slice(0, WARM_UP_PAGES)
        .map(path),
      claimCount: published.length,
    };
  } finally {
    await client.end();
  }
}
