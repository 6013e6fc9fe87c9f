// /feed.xml: the latest verdicts as Atom, in the site's default language (a verdict's own words
// keep theirs, marked with xml:lang).
import { CLAIM_STATUSES } from '@/lib/claims/status';
import { getFeedEntries } from '@/lib/data/public-lists';
import { databaseUnavailableResponse, isDatabaseUnavailable } from '@/lib/http/database-unavailable';
import { getDefaultLocale } from '@/lib/i18n/default-locale';
import { MESSAGES } from '@/lib/i18n/messages';
import { getPublicSite } from '@/lib/public-site';
import { atomFeed } from '@/lib/site/atom-feed';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const locale = getDefaultLocale();
  const site = getPublicSite();
  try {
    const entries = await getFeedEntries();
    const items = entries.map((entry) => ({ ...entry, label: CLAIM_STATUSES[entry.status].label[locale] }));
    const body = atomFeed(site, { title: `${site.organization.name}: ${MESSAGES[locale].Site.latest}`, language: locale }, items);
    return new Response(body, {
      headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
    });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return databaseUnavailableResponse();
    throw error;
  }
}
