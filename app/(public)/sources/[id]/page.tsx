import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SourceTrackRecord } from '@/components/public/source-track-record';
import { getSourceTrackRecord } from '@/lib/data/public-index';

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
  return <SourceTrackRecord record={record} />;
}
