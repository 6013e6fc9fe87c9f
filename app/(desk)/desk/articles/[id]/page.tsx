import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClaimWorkspace } from '@/components/claims/claim-workspace';
import { buttonClass } from '@/components/ui/button';
import { guardPage } from '@/lib/auth/guard';
import { shownClaimCount } from '@/lib/claims/workspace-paging';
import { getArticleWorkspace } from '@/lib/data/articles';
import { getDeskLocale } from '@/lib/i18n/desk-locale';
import { formatSourceDateTime } from '@/lib/i18n/format';
import { can } from '@/lib/permissions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Workspace'))('title') };
}

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
  const [t, locale] = await Promise.all([getTranslations('Workspace'), getDeskLocale()]);
  const byline = [
    article.publisher,
    article.author,
    article.publishedAt ? formatSourceDateTime(locale, article.publishedAt, article.publishedUtcOffset) : null,
    article.dateline,
    article.originalSource ? t('credited', { name: article.originalSource }) : null,
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
              {t('original')}
            </a>
          ) : null}
        </div>
        {can(user.role, 'article:write') ? (
          <Link href={`/desk/articles/${article.id}/edit`} className={buttonClass('secondary')}>
            {t('correct')}
          </Link>
        ) : null}
      </div>
      {needsAttention ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {t('needsAttention', { count: needsAttention })}
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
