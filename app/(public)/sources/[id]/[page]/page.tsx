// Older pages of a source's track record: /sources/<id>/2, /3, ... (page 1 is /sources/<id>).
// A path, not ?page=, so each page is cached like page 1 instead of rendered on every request.
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { SourceTrackRecord, trackRecordPath } from '@/components/public/source-track-record';
import { getSourceTrackRecord } from '@/lib/data/public-index';

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ id: string; page: string }>;

/** A page number as written in the path, or null ("02", "1e3" and "-1" are not page numbers). */
function pageNumber(segment: string): number | null {
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id, page } = await params;
  const n = pageNumber(page);
  const record = n ? await getSourceTrackRecord(id, n) : null;
  return { title: record ? `${record.source.name}: track record, page ${n}` : 'Not found' };
}

export default async function SourceTrackRecordOlderPage({ params }: { params: Params }) {
  const { id, page } = await params;
  const n = pageNumber(page);
  if (n === null) notFound();
  if (n === 1) permanentRedirect(trackRecordPath(id, 1));
  const record = await getSourceTrackRecord(id, n);
  if (!record || record.claims.length === 0) notFound();
  return <SourceTrackRecord record={record} />;
}
