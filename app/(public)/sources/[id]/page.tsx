import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClaimListItem } from '@/components/public/claim-list-item';
import { TrackRecordChart } from '@/components/public/track-record-chart';
import { SOURCE_KIND_LABELS } from '@/lib/claims/status';
import { getSourceTrackRecord } from '@/lib/data/public-index';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const record = await getSourceTrackRecord((await params).id);
  return { title: record ? `${record.source.name}: track record` : 'Not found' };
}

export default async function SourceTrackRecordPage({ params }: { params: Params }) {
  const record = await getSourceTrackRecord((await params).id);
  if (!record || record.claims.length === 0) notFound();
  const counts = new Map<ClaimStatus, number>();
  for (const claim of record.claims) counts.set(claim.status, (counts.get(claim.status) ?? 0) + 1);
  const locale = record.claims.filter((c) => c.language === 'id').length * 2 >= record.claims.length ? 'id' : 'en';
  return (
    <main className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-semibold">{record.source.name}</h1>
        <p className="text-stone-600">{SOURCE_KIND_LABELS[record.source.kind]} · {record.claims.length} published fact check{record.claims.length === 1 ? '' : 's'}</p>
      </div>
      <section aria-labelledby="record" className="rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="record" className="mb-3 text-lg font-semibold">Track record</h2>
        <TrackRecordChart counts={counts} locale={locale} />
      </section>
      <ol className="space-y-3">
        {record.claims.map((claim) => (
          <ClaimListItem key={claim.id} id={claim.id} summary={claim.summary} status={claim.status} publishedAt={claim.publishedAt} language={claim.language} articleTitle={claim.articleTitle} publisher={claim.publisher} />
        ))}
      </ol>
    </main>
  );
}
