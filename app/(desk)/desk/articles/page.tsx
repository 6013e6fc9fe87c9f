import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { guardPage } from '@/lib/auth/guard';
import { listArticles } from '@/lib/data/articles';
import { getDeskLocale } from '@/lib/i18n/desk-locale';
import { formatSourceDateTime } from '@/lib/i18n/format';
import { can } from '@/lib/permissions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('ArticlesPage'))('title') };
}

export default async function ArticlesPage() {
  const user = await guardPage('desk:read', '/desk/articles');
  const articles = await listArticles();
  const [t, locale] = await Promise.all([getTranslations('ArticlesPage'), getDeskLocale()]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        {can(user.role, 'article:write') ? (
          <Link href="/desk/articles/new" className={buttonClass()}>
            {t('import')}
          </Link>
        ) : null}
      </div>
      {articles.length === 0 ? (
        <p className="text-stone-600">{t('none')}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {articles.map((article) => (
            <li key={article.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 p-4">
              <Link href={`/desk/articles/${article.id}`} className="font-medium text-sky-900 hover:underline">
                {article.title}
              </Link>
              <span className="text-sm text-stone-500">
                {[
                  article.publisher,
                  article.publishedAt ? formatSourceDateTime(locale, article.publishedAt, article.publishedUtcOffset) : null,
                  t('claimCount', { count: article._count.attributions }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
