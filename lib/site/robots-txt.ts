// robots.txt: crawlers are welcome on the reader pages and kept out of the desk, the sign-in page
// and the API; the sitemap is named on PUBLIC_BASE_URL. Pure.
import { trimBase } from './xml';

export function robotsTxt(baseUrl: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /desk',
    'Disallow: /login',
    'Disallow: /api/',
    '',
    `Sitemap: ${trimBase(baseUrl)}/sitemap.xml`,
    '',
  ].join('\n');
}
