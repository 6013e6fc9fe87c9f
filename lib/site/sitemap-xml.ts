// sitemap.xml (sitemaps.org 0.9): every published verdict at its canonical address, every public
// source record in each language, and the site's own pages, each verdict and source with lastmod.
// Every address is on PUBLIC_BASE_URL. Pure.
import { canonicalPath } from '@/lib/claims/published-claim';
import { LOCALES } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/reader-paths';
import { trimBase, xmlText } from './xml';

export interface SitemapInput {
  baseUrl: string;
  claims: readonly { id: string; summary: string; language: string; lastmod: Date }[];
  sources: readonly { id: string; lastmod: Date }[];
}

const SITE_PAGES = ['/', '/methodology', '/corrections', '/about'];

function entry(loc: string, lastmod?: Date): string {
  return `<url><loc>${xmlText(loc)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''}</url>`;
}

export function sitemapXml({ baseUrl, claims, sources }: SitemapInput): string {
  const base = trimBase(baseUrl);
  const urls = [
    ...LOCALES.flatMap((locale) => SITE_PAGES.map((page) => entry(`${base}${localePath(locale, page)}`))),
    ...claims.map((claim) => entry(`${base}${canonicalPath(claim)}`, claim.lastmod)),
    ...sources.flatMap((source) => LOCALES.map((locale) => entry(`${base}${localePath(locale, `/sources/${source.id}`)}`, source.lastmod))),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
