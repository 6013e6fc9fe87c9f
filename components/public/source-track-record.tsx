// A source's public track record: verdict counts over the claims it made and, apart, over the
// claims it denied (a denied claim rated false speaks for the source), then one page of them.
// Shared by /[locale]/sources/[id] (page 1) and /[locale]/sources/[id]/[page].
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { SourceTrackRecord as Record } from '@/lib/data/public-index';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/reader-paths';
import { ClaimListItem } from './claim-list-item';
import { TrackRecordChart } from './track-record-chart';

const STANCES = ['ASSERTS', 'DENIES'] as const;

/** The language-neutral path of a page of a source's track record ("/sources/<id>", "/sources/<id>/2"). */
export const trackRecordPath = (sourceId: string, page: number) => (page <= 1 ? `/sources/${sourceId}` : `/sources/${sourceId}/${page}`);

export async function SourceTrackRecord({ record, locale }: { record: Record; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Sources' });
  const index = await getTranslations({ locale, namespace: 'Index' });
  const kinds = await getTranslations({ locale, namespace: 'SourceKind' });
  const { source, page, pages, total } = record;
  const pageHref = (n: number) => localePath(locale, trackRecordPath(source.id, n));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-semibold">{source.name}</h1>
        <p className="text-stone-600">
          {kinds(source.kind)} · {t('count', { total })}
          {pages > 1 ? ` · ${t('pageOf', { page, pages })}` : ''}
        </p>
      </div>
      <section aria-labelledby="record" className="rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="record" className="mb-3 text-lg font-semibold">
          {t('trackRecord')}
        </h2>
        <div className="grid gap-6 md:grid-cols-2">
          {STANCES.map((stance) => {
            const counts = stance === 'ASSERTS' ? record.counts : record.deniedCounts;
            const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
            return (
              <section key={stance} aria-labelledby={`record-${stance}`} className="space-y-2" data-testid={`stance-${stance}`}>
                <h3 id={`record-${stance}`} className="font-semibold">
                  {t(stance === 'ASSERTS' ? 'asserted' : 'denied')}{' '}
                  <span className="font-normal text-stone-600">({t('stanceCount', { total })})</span>
                </h3>
                <p className="text-sm text-stone-600">{t(stance === 'ASSERTS' ? 'assertedIntro' : 'deniedIntro', { name: source.name })}</p>
                {total > 0 ? (
                  <TrackRecordChart counts={new Map(Object.entries(counts) as [ClaimStatus, number][])} stance={stance} locale={locale} />
                ) : (
                  <p className="text-sm text-stone-600">{t('noneYet')}</p>
                )}
              </section>
            );
          })}
        </div>
      </section>
      <ol className="space-y-3">
        {record.claims.map((claim) => (
          <ClaimListItem
            key={claim.id}
            locale={locale}
            id={claim.id}
            summary={claim.summary}
            status={claim.status}
            publishedAt={claim.publishedAt}
            language={claim.language}
            articleTitle={claim.articleTitle}
            publisher={claim.publisher}
            note={claim.sourceStance === 'DENIES' ? t('deniedMark', { name: source.name }) : undefined}
          />
        ))}
      </ol>
      {pages > 1 ? (
        <nav aria-label={index('pagesLabel')} className="flex justify-between text-sm">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} className="text-sky-800 underline" rel="prev">
              {index('newer')}
            </Link>
          ) : (
            <span />
          )}
          {page < pages ? (
            <Link href={pageHref(page + 1)} className="text-sky-800 underline" rel="next">
              {index('older')}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
