// A source's public track record: verdict counts over all its claims, then one page of them.
// Shared by /sources/[id] (page 1) and /sources/[id]/[page].
import Link from 'next/link';
import { SOURCE_KIND_LABELS } from '@/lib/claims/status';
import type { SourceTrackRecord as Record } from '@/lib/data/public-index';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import { ClaimListItem } from './claim-list-item';
import { TrackRecordChart } from './track-record-chart';

export const trackRecordPath = (sourceId: string, page: number) => (page <= 1 ? `/sources/${sourceId}` : `/sources/${sourceId}/${page}`);

export function SourceTrackRecord({ record }: { record: Record }) {
  const counts = new Map(Object.entries(record.counts) as [ClaimStatus, number][]);
  const { source, page, pages, total } = record;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-semibold">{source.name}</h1>
        <p className="text-stone-600">
          {SOURCE_KIND_LABELS[source.kind]} · {total} published fact check{total === 1 ? '' : 's'}
          {pages > 1 ? ` · page ${page} of ${pages}` : ''}
        </p>
      </div>
      <section aria-labelledby="record" className="rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="record" className="mb-3 text-lg font-semibold">
          Track record
        </h2>
        <TrackRecordChart counts={counts} locale={record.locale} />
      </section>
      <ol className="space-y-3">
        {record.claims.map((claim) => (
          <ClaimListItem
            key={claim.id}
            id={claim.id}
            summary={claim.summary}
            status={claim.status}
            publishedAt={claim.publishedAt}
            language={claim.language}
            articleTitle={claim.articleTitle}
            publisher={claim.publisher}
          />
        ))}
      </ol>
      {pages > 1 ? (
        <nav aria-label="Pages" className="flex justify-between text-sm">
          {page > 1 ? (
            <Link href={trackRecordPath(source.id, page - 1)} className="text-sky-800 underline" rel="prev">
              ← Newer
            </Link>
          ) : (
            <span />
          )}
          {page < pages ? (
            <Link href={trackRecordPath(source.id, page + 1)} className="text-sky-800 underline" rel="next">
              Older →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
