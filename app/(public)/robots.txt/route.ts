// /robots.txt: made at request time, since PUBLIC_BASE_URL is the running instance's setting.
import { getPublicSite } from '@/lib/public-site';
import { robotsTxt } from '@/lib/site/robots-txt';

export const dynamic = 'force-dynamic';

export function GET(): Response {
  return new Response(robotsTxt(getPublicSite().baseUrl), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
}
