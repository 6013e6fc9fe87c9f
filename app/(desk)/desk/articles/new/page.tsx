import type { Metadata } from 'next';
import { ImportArticle } from '@/components/articles/import-article';
import { guardPage } from '@/lib/auth/guard';

export const metadata: Metadata = { title: 'Import an article' };

export default async function NewArticlePage() {
  await guardPage('article:write', '/desk/articles/new');
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <h1 className="text-2xl font-semibold">Import an article</h1>
      <ImportArticle />
    </div>
  );
}
