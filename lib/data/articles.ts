import 'server-only';
import { requirePermission } from '@/lib/auth/guard';
import { db } from '@/lib/db';
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
      _count: { select: { claims: { where: { deletedAt: null } } } },
    },
  });
}

export async function getArticleWorkspace(id: string) {
  await requirePermission('desk:read');
  if (!isRecordId(id)) return null;
  const article = await db.article.findUnique({
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
        where: { deletedAt: null },
        orderBy: [{ quoteStart: 'asc' }, { createdAt: 'asc' }],
        select: {
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
        },
      },
    },
  });
  return article;
}

export type ArticleWorkspace = NonNullable<Awaited<ReturnType<typeof getArticleWorkspace>>>;
export type WorkspaceClaim = ArticleWorkspace['claims'][number];

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
