// Article metadata declared in an HTML page's head: Open Graph and article:* tags, author
// meta tags, JSON-LD and <html lang>. Declared metadata beats anything guessed from text.

import { readJsonLdArticle } from './json-ld';
import { normaliseParagraph } from './normalise-text';
import { findPublishedDate } from './published-date';

export interface HtmlMetadata {
  title: string | null;
  siteName: string | null;
  author: string | null;
  publishedAt: string | null;
  /** Primary subtag of the declared language ("id" from "id-ID"). */
  language: string | null;
}

function metaContent(document: Document, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const content = normaliseParagraph(document.querySelector(selector)?.getAttribute('content') ?? '');
    if (content !== '') return content;
  }
  return null;
}

/** Strips "By"/"Oleh"; drops profile URLs some sites put in article:author. */
export function cleanAuthor(value: string | null | undefined): string | null {
  const author = normaliseParagraph(value ?? '').replace(/^(?:by|oleh)\s*:?\s+/i, '');
  return author === '' || /^https?:\/\//.test(author) ? null : author;
}

/** Takes the first stated date that includes a UTC offset, else the first that parses. */
function bestDate(candidates: readonly (string | null | undefined)[]): string | null {
  const parsed = candidates.map((value) => (value ? (findPublishedDate(value)?.iso ?? null) : null));
  return parsed.find((iso) => iso !== null && /[+-]\d{2}:\d{2}$/.test(iso)) ?? parsed.find((iso) => iso !== null) ?? null;
}

function declaredLanguage(document: Document): string | null {
  const declared =
    document.documentElement?.getAttribute('lang') ??
    metaContent(document, ['meta[http-equiv="content-language"]', 'meta[property="og:locale"]']);
  const primary = declared?.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  if (!/^[a-z]{2,3}$/.test(primary)) return null;
  // "in" is the retired ISO 639 code for Indonesian, still emitted by some CMSs.
  return primary === 'in' ? 'id' : primary;
}

/** Removes a " - Site" or " | Site" suffix that <title> usually carries. */
function withoutSiteSuffix(title: string, siteName: string | null): string {
  const parts = title.split(/\s+[|\-–—]\s+/);
  if (parts.length < 2) return title;
  const last = parts.at(-1) ?? '';
  const isSite = siteName !== null ? last.toLowerCase().includes(siteName.toLowerCase()) : last.split(' ').length <= 3;
  return isSite ? parts.slice(0, -1).join(' - ') : title;
}

export function readHtmlMetadata(document: Document): HtmlMetadata {
  const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
  const jsonLd = readJsonLdArticle(scripts);
  const siteName = metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ?? jsonLd?.publisher ?? null;
  const documentTitle = normaliseParagraph(document.querySelector('title')?.textContent ?? '');
  const heading = normaliseParagraph(document.querySelector('h1')?.textContent ?? '');
  const title =
    metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    jsonLd?.headline ??
    (heading || null) ??
    (documentTitle ? withoutSiteSuffix(documentTitle, siteName) : null);
  const author = cleanAuthor(
    metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]', 'meta[name="dc.creator"]']) ??
      jsonLd?.author,
  );
  const publishedAt = bestDate([
    jsonLd?.datePublished,
    metaContent(document, ['meta[property="article:published_time"]']),
    metaContent(document, ['meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]']),
    document.querySelector('time[datetime]')?.getAttribute('datetime'),
  ]);
  return { title, siteName, author, publishedAt, language: declaredLanguage(document) };
}
