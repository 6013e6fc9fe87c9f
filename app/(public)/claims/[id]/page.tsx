import { notFound, permanentRedirect } from 'next/navigation';
import { verdictPath } from '@/lib/claims/slug';
import { getPublishedClaim } from '@/lib/data/published-claims';

export const revalidate = 3600;

/** /claims/<id> without a slug: send the reader to the canonical address. */
export default async function ClaimWithoutSlug({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const claim = await getPublishedClaim(id);
  if (!claim) notFound();
  permanentRedirect(verdictPath(claim));
}
