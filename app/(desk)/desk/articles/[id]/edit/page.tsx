import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { EditArticleForm } from '@/components/articles/edit-article-form';
import { guardPage } from '@/lib/auth/guard';
import { getArticleForEditing } from '@/lib/data/articles';
import { formatOffsetDateTime } from '@/lib/offset-date-time';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('ArticleEdit'))('title') };
}

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await guardPage('article:write', `/desk/articles/${encodeURIComponent(id)}/edit`);
  const article = await getArticleForEditing(id);
  if (!article) notFound();
  const t = await getTranslations('ArticleEdit');
  const defaults = {
    title: article.title,
    url: article.url ?? '',
    publisher: article.publisher ?? '',
    author: article.author ?? '',
    publishedAt: article.publishedAt ? formatOffsetDateTime(article.publishedAt, article.publishedUtcOffset ?? 0) : '',
    language: article.language,
    dateline: article.dateline ?? '',
    originalSource: article.originalSource ?? '',
    body: article.body,
  };
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <Link href={`/desk/articles/${article.id}`} className="text-sm text-sky-800 hover:underline">
        {t('back')}
      </Link>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="text-sm text-stone-600">{t('intro')}</p>
      <EditArticleForm articleId={article.id} defaults={defaults} />
    </div>
  );
}
