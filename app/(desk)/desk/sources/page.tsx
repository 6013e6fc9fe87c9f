import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { KindBadge } from '@/components/sources/kind-options';
import { SourceFilter } from '@/components/sources/source-filter';
import { guardPage } from '@/lib/auth/guard';
import { listSources } from '@/lib/data/sources';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('SourcesPage'))('title') };
}

export default async function SourcesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await guardPage('desk:read', '/desk/sources');
  const { q } = await searchParams;
  const query = (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 200) ?? '';
  const sources = await listSources(query);
  const t = await getTranslations('SourcesPage');
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <SourceFilter query={query} />
      <section aria-labelledby="source-list" className="space-y-3">
        <h2 id="source-list" className="text-lg font-medium">
          {query ? t('matching', { query, count: sources.length }) : t('all', { count: sources.length })}
        </h2>
        {sources.length === 0 ? (
          <p className="text-stone-600">{query ? t('noMatch') : t('none')}</p>
        ) : (
          <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {sources.map((source) => (
              <li key={source.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3" data-testid="source-row">
                <Link href={`/desk/sources/${source.id}`} className="font-medium text-sky-900 hover:underline">
                  {source.name}
                </Link>
                <KindBadge kind={source.kind} />
                {source.aliases.length > 0 ? (
                  <span className="text-sm text-stone-600">{t('also', { aliases: source.aliases.join(', ') })}</span>
                ) : null}
                <span className="ml-auto shrink-0 text-sm text-stone-500 tabular-nums">
                  {t('claimCount', { count: source._count.attributions })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
