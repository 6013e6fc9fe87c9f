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

const workspaceClaimCard = {
  id: true,
  quoteStart: true,
  quoteEnd: true,
  quoteText: true,
  needsAttention: true,
  cue: true,
  stance: true,
  summary: true,
  status: true,
  publication: true,
  version: true,
  source: { select: { id: true, name: true, kind: true } },
} as const;

// The text order, with the id last so that pages never overlap or skip a claim.
const textOrder = [{ quoteStart: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }] as const;

/**
 * The workspace: the article, a compact highlight for every live claim (the text shows them all),
 * and the cards of the first `shown` claims in text order (the list shows a page at a time).
 */
export async function getArticleWorkspace(id: string, shown: number = WORKSPACE_CLAIMS_PAGE) {
  await requirePermission('desk:read');
  if (!isRecordId(id)) return null;
  const liveClaims = { deletedAt: null } as const;
  const [article, cards] = await Promise.all([
    db.article.findUnique({
      where: { id },
      select: {
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
        updatedAt: true,
        claims: {
          where: liveClaims,
          orderBy: [...textOrder],
          select: { id: true, quoteStart: true, quoteEnd: true, status: true, needsAttention: true },
        },
      },
    }),
    db.claim.findMany({ where: { articleId: id, ...liveClaims }, orderBy: [...textOrder], take: shown, select: workspaceClaimCard }),
  ]);
  if (!article) return null;
  const { claims, ...rest } = article;
  return { ...rest, highlights: claims.map(toCompactHighlight), cards };
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
    select: {
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
    },
  });
}
