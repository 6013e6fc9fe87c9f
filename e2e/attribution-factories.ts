// Test data for claims said in several places (issue 14): a published claim with one attribution per
// article and source, made through Prisma like e2e/factories.ts, with the snapshot approval takes.
import type { ClaimStatus, Stance } from '@/lib/generated/prisma/enums';
import { demoUserId, e2eDb } from './factories';

export interface AttributionInput {
  articleId: string;
  /** The quoted words: the first place they occur in the article body. */
  quote: string;
  sourceId?: string;
  cue?: string;
  stance?: Stance;
}

/** A published claim with its attributions (readers see them in the order the articles appeared). */
export async function createPublishedClaim(
  claim: { summary: string; status: ClaimStatus; explanation?: string; language?: string },
  attributions: AttributionInput[],
) {
  const userId = await demoUserId('editor');
  const spans = await Promise.all(
    attributions.map(async ({ articleId, quote, ...fields }) => {
      const { body } = await e2eDb.article.findUniqueOrThrow({ where: { id: articleId }, select: { body: true } });
      const quoteStart = body.indexOf(quote);
      if (quoteStart < 0) throw new Error(`"${quote}" is not in the article body`);
      return { ...fields, articleId, quoteStart, quoteEnd: quoteStart + quote.length, quoteText: quote, createdById: userId };
    }),
  );
  const created = await e2eDb.claim.create({
    data: {
      ...claim,
      publication: 'PUBLISHED',
      publishedAt: new Date(),
      verdictById: userId,
      reviewedById: await demoUserId('editor2'),
      createdById: userId,
      attributions: { create: spans },
    },
    select: { id: true, summary: true },
  });
  await e2eDb.$executeRaw`UPDATE "Claim" SET "publicSnapshot" = claimdesk_public_snapshot(id) WHERE id = ${created.id}`;
  return created;
}

/** Sets when an article was published (the order of appearance readers see). */
export async function setArticleDate(articleId: string, publishedAt: Date, publishedUtcOffset = 420) {
  await e2eDb.article.update({ where: { id: articleId }, data: { publishedAt, publishedUtcOffset } });
}
