// The data and the signed-in editors test:scale works with: demo users, one claim waiting for
// review (verdict by the editor, so the second editor may approve it), and session cookies made by
// signing in through one app instance.
import { createPrismaClient } from '@/lib/db/create-client';
import { verdictPath } from '@/lib/claims/slug';
import { seedDemoData } from '@/prisma/seed';

export const FIRST_EXPLANATION = 'Scale check: inspection records show no check since 2019, first version.';
export const CORRECTED_EXPLANATION = 'Scale check: inspection records show no check since 2018, corrected version.';

export interface StagedClaim {
  id: string;
  summary: string;
  sourceId: string;
  path: string;
  /** Reader pages of the demo data, rendered once on each instance first, as production instances are warm. */
  warmUp: string[];
}

async function warmUpPaths(db: ReturnType<typeof createPrismaClient>): Promise<string[]> {
  const published = await db.claim.findFirst({
    where: { publication: 'PUBLISHED', deletedAt: null },
    select: { id: true, summary: true, attributions: { take: 1, select: { sourceId: true } } },
  });
  if (!published) return ['/', '/claims.json'];
  const sourceId = published.attributions[0]?.sourceId;
  // Reader pages carry their language in the path (the unprefixed addresses only redirect).
  return ['/id', '/claims.json', `/id${verdictPath(published)}`, ...(sourceId ? [`/id/sources/${sourceId}`] : [])];
}

export async function stageClaim(databaseUrl: string): Promise<StagedClaim> {
  const db = createPrismaClient(databaseUrl);
  try {
    await seedDemoData(db);
    const editor = await db.user.findUniqueOrThrow({ where: { email: 'editor@example.org' }, select: { id: true } });
    const stamp = Date.now().toString(36);
    const source = await db.source.create({ data: { name: `Scale Source ${stamp}`, normalizedName: `scale source ${stamp}` } });
    const article = await db.article.create({
      data: {
        title: `Scale article ${stamp}`,
        body: 'Bupati said the dam was inspected every year.',
        rawInput: 'raw',
        createdById: editor.id,
      },
    });
    const summary = `Scale check claim ${stamp} about the dam`;
    const claim = await db.claim.create({
      data: {
        attributions: {
          create: { articleId: article.id, sourceId: source.id, quoteStart: 0, quoteEnd: 6, quoteText: 'Bupati', createdById: editor.id },
        },
        summary,
        createdById: editor.id,
        status: 'FALSE',
        explanation: FIRST_EXPLANATION,
        verdictById: editor.id,
        publication: 'IN_REVIEW',
      },
    });
    await db.evidence.create({
      data: {
        url: 'https://example.org/report',
        title: 'Report',
        note: 'p. 4',
        relation: 'REFUTES',
        claimId: claim.id,
        addedById: editor.id,
      },
    });
    await db.claimEvent.create({
      data: {
        claimId: claim.id,
        actorId: editor.id,
        kind: 'SUBMITTED',
        before: { publication: 'DRAFT' },
        after: { publication: 'IN_REVIEW', version: 1 },
      },
    });
    return { id: claim.id, summary, sourceId: source.id, path: `/id${verdictPath(claim)}`, warmUp: await warmUpPaths(db) };
  } finally {
    await db.$disconnect();
  }
}

/** Signs in through `baseUrl`'s login endpoint; returns the session cookie ("name=value"). */
export async function signIn(baseUrl: string, email: string, password: string): Promise<{ name: string; value: string }> {
  const response = await fetch(`${baseUrl}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
    redirect: 'manual',
  });
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .find((pair) => pair.includes('authjs.session-token'));
  if (!cookie) throw new Error(`signing in ${email} through ${baseUrl} answered ${response.status} and set no session cookie`);
  const at = cookie.indexOf('=');
  return { name: cookie.slice(0, at), value: cookie.slice(at + 1) };
}
