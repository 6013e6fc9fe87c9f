import { notFound, permanentRedirect } from 'next/navigation';
import { verdictPath } from '@/lib/claims/slug';
import { getPublishedClaim } from '@/lib/data/published-claims';
import { redirectIfMerged } from '@/lib/claims/merged-redirect';
import { isLocale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/reader-paths';

export const revalidate = 3600;

/** /<locale>/claims/<id> without a slug: send the reader to the full address, in the same language. */
export default async function ClaimWithoutSlug({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const claim = await getPublishedClaim(id);
  if (!claim) await redirectIfMerged(locale, id);
  if (!claim) notFound();
  permanentRedirect(localePath(locale, verdictPath(claim)));
}
