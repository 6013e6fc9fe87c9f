import 'server-only';
import { requirePermission } from '@/lib/auth/guard';
import { db } from '@/lib/db';
import { toCompactHighlight, WORKSPACE_CLAIMS_PAGE } from '@/lib/claims/workspace-paging';
import { isRecordId } from '@/lib/record-id';

export async function listArticles() {
  await requirePermission('desk:read');
  return db.article.findMany({
    orderBy: { createdAt: 'desc' },
    take: 200,
    select: {
      id: true,
      title: true,
      publisher: true,
      publishedAt: true,
      publishedUtcOffset: true,
      language: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      _count: { select: { attributions: { where: { claim: { deletedAt: null } } } } },
    },
  });
}

/** What the workspace and the correction form show of an article: its text and every detail. */
const articleFields = {
  id: true,
  title: true,
  url: true,
  publisher: true,
  author: true,
  publishedAt: true,
  publishedUtcOffset: true,
  language: true,
  dateline: true,
  originalSource: true,
  body: true,
} as const;

// A card is one attribution in this article (where a claim was said here), with its claim's
// statement and state: the same claim said twice in one article has two cards.
const workspaceCard = {
  id: true,
  quoteStart: true,
  quoteEnd: true,
  quoteText: true,
  needsAttention: true,
  cue: true,
  stance: true,
  source: { select: { id: true, name: true, kind: true } },
  claim: {
    select: { id: true, summary: true, status: true, publication: true, version: true, _count: { select: { attributions: true } } },
  },
} as const;

// The text order, with the id last so that pages never overlap or skip a card.
const textOrder = [{ quoteStart: 'asc' as const }, { createdAt: 'asc' as const }, { id: 'asc' as const }];
const ofLiveClaims = { claim: { deletedAt: null } } as const;

/**
 * The workspace: the article, a compact highlight for every attribution of a live claim (the text
 * shows them all), and the cards of the first `shown` in text order (the list shows a page at a time).
 */
export async function getArticleWorkspace(id: string, shown: number = WORKSPACE_CLAIMS_PAGE) {
  await requirePermission('desk:read');
  if (!isRecordId(id)) return null;
  const [article, highlights, cards] = await Promise.all([
    db.article.findUnique({
      where: { id },
      select: { ...articleFields, updatedAt: true },
    }),
    db.attribution.findMany({
      where: { articleId: id, ...ofLiveClaims },
      orderBy: textOrder,
      select: { id: true, quoteStart: true, quoteEnd: true, needsAttention: true, claim: { select: { status: true } } },
    }),
    db.attribution.findMany({ where: { articleId: id, ...ofLiveClaims }, orderBy: textOrder, take: shown, select: workspaceCard }),
  ]);
  if (!article) return null;
  return {
    ...article,
    highlights: highlights.map(({ claim, ...span }) => toCompactHighlight({ ...span, status: claim.status })),
    cards: cards.map(({ claim: { id: claimId, _count, ...claim }, ...attribution }) => ({
      ...attribution,
      ...claim,
      claimId,
      /** Other places the same claim was said (in this article or others). */
      otherPlaces: _count.attributions - 1,
    })),
  };
}

export type ArticleWorkspace = NonNullable<Awaited<ReturnType<typeof getArticleWorkspace>>>;
export type WorkspaceClaim = ArticleWorkspace['cards'][number];
export type WorkspaceHighlight = ArticleWorkspace['highlights'][number];

export async function listSourceChoices() {
  await requirePermission('desk:read');
  return db.source.findMany({ orderBy: { name: 'asc' }, take: 5000, select: { id: true, name: true, kind: true, aliases: true } });
}

export type SourceChoice = Awaited<ReturnType<typeof listSourceChoices>>[number];

export async function getArticleForEditing(id: string) {
  await requirePermission('desk:read');
  if (!isRecordId(id)) return null;
  return db.article.findUnique({
    where: { id },
    select: articleFields,
  });
}
