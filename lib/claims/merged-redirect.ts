// A claim merged into another keeps its public address: readers are sent, permanently, to the
// claim that survived the merge (in the language they asked for).
import 'server-only';
import { permanentRedirect } from 'next/navigation';
import { getMergeSurvivor } from '@/lib/data/published-claims';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/reader-paths';
import { verdictPath } from './slug';

/** Redirects (throws) when `id` was merged into a claim readers can see; returns otherwise. */
export async function redirectIfMerged(locale: Locale, id: string): Promise<void> {
  const survivor = await getMergeSurvivor(id);
  if (survivor) permanentRedirect(localePath(locale, verdictPath(survivor)));
}
