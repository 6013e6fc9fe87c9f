import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClaimWorkspace } from '@/components/claims/claim-workspace';
import { buttonClass } from '@/components/ui/button';
import { guardPage } from '@/lib/auth/guard';
import { shownClaimCount } from '@/lib/claims/workspace-paging';
import { getArticleWorkspace } from '@/lib/data/articles';
import { formatSourceDate } from '@/lib/format-date';
import { can } from '@/lib/permissions';

export const metadata: Metadata = { title: 'Workspace' };

interface PageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ArticleWorkspacePage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const user = await guardPage('desk:read', `/desk/articles/${encodeURIComponent(id)}`);
  const article = await getArticleWorkspace(id, shownClaimCount((await searchParams).claims));
  if (!article) notFound();
  const canWrite = can(user.role, 'claim:write');
  const byline = [
    article.publisher,
    article.author,
    formatSourceDate(article.publishedAt, article.publishedUtcOffset),
    article.dateline,
    article.originalSource ? `source: ${article.originalSource}` : null,
    article.language,
  ];
  const needsAttention = article.highlights.filter(([, , , , lost]) => lost === 1).length;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <h1 className="font-serif text-2xl font-semibold">{article.title}</h1>
          <p className="text-sm text-stone-600" data-testid="article-byline">
            {byline.filter(Boolean).join(' · ')}
          </p>
          {article.url ? (
            <a href={article.url} className="text-sm text-sky-800 hover:underline" rel="noreferrer noopener" target="_blank">
              Original
            </a>
          ) : null}
        </div>
        {can(user.role, 'article:write') ? (
          <Link href={`/desk/articles/${article.id}/edit`} className={buttonClass('secondary')}>
            Correct the text
          </Link>
        ) : null}
      </div>
      {needsAttention ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {needsAttention} claim{needsAttention === 1 ? '' : 's'} could not be found in the corrected text and need
          {needsAttention === 1 ? 's' : ''} attention: edit {needsAttention === 1 ? 'it' : 'them'} and select the words again.
        </p>
      ) : null}
      <ClaimWorkspace
        articleId={article.id}
        body={article.body}
        highlights={article.highlights}
        cards={article.cards}
        canWrite={canWrite}
      />
    </div>
  );
}
