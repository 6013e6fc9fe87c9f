import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ImportArticle } from '@/components/articles/import-article';
import { guardPage } from '@/lib/auth/guard';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('ArticlesPage'))('import') };
}

export default async function NewArticlePage() {
  await guardPage('article:write', '/desk/articles/new');
  const t = await getTranslations('ArticlesPage');
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <h1 className="text-2xl font-semibold">{t('import')}</h1>
      <ImportArticle />
    </div>
  );
}
