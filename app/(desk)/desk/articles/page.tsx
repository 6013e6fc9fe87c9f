import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { guardPage } from '@/lib/auth/guard';
import { listArticles } from '@/lib/data/articles';
import { formatSourceDate } from '@/lib/format-date';
import { can } from '@/lib/permissions';

export const metadata: Metadata = { title: 'Articles' };

export default async function ArticlesPage() {
  const user = await guardPage('desk:read', '/desk/articles');
  const articles = await listArticles();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Articles</h1>
        {can(user.role, 'article:write') ? (
          <Link href="/desk/articles/new" className={buttonClass()}>
            Import an article
          </Link>
        ) : null}
      </div>
      {articles.length === 0 ? (
        <p className="text-stone-600">No articles yet.</p>
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
                  formatSourceDate(article.publishedAt, article.publishedUtcOffset),
                  `${article._count.attributions} claims`,
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
