import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EditArticleForm } from '@/components/articles/edit-article-form';
import { guardPage } from '@/lib/auth/guard';
import { getArticleForEditing } from '@/lib/data/articles';
import { formatOffsetDateTime } from '@/lib/offset-date-time';

export const metadata: Metadata = { title: 'Correct the article' };

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await guardPage('article:write', `/desk/articles/${encodeURIComponent(id)}/edit`);
  const article = await getArticleForEditing(id);
  if (!article) notFound();
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
        ← Back to the workspace
      </Link>
      <h1 className="text-2xl font-semibold">Correct the article</h1>
      <p className="text-sm text-stone-600">
        Fix a typo or restore a lost paragraph. Every claim is then found again by its exact words and their context; a claim whose words
        are gone is flagged &ldquo;needs attention&rdquo;, never moved onto other words.
      </p>
      <EditArticleForm articleId={article.id} defaults={defaults} />
    </div>
  );
}
