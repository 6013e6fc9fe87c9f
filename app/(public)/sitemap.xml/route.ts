// /sitemap.xml: read per request (cached in the data cache under the index's tag, and by the proxy).
import { getSitemapEntries } from '@/lib/data/public-lists';
import { databaseUnavailableResponse, isDatabaseUnavailable } from '@/lib/http/database-unavailable';
import { getPublicSite } from '@/lib/public-site';
import { sitemapXml } from '@/lib/site/sitemap-xml';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  try {
    const { claims, sources } = await getSitemapEntries();
    return new Response(sitemapXml({ baseUrl: getPublicSite().baseUrl, claims, sources }), {
      headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
    });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return databaseUnavailableResponse();
    throw error;
  }
}
