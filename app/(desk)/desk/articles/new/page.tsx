import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { ImportArticle } from '@/components/articles/import-article';
import { authorize } from '@/lib/auth/current-user';

export const metadata: Metadata = { title: 'Import an article' };

export default async function NewArticlePage() {
  const access = await authorize('article:write');
  if (!access.ok) forbidden();
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <h1 className="text-2xl font-semibold">Import an article</h1>
      <ImportArticle />
    </div>
  );
}
