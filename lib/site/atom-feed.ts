// /feed.xml: an Atom feed (RFC 4287) of the latest verdicts, each entry at the verdict's canonical
// address, titled with its verdict label and statement, its explanation as plain text. Pure.
import { canonicalUrl, type PublicSite } from '@/lib/claims/published-claim';
import { trimBase, xmlText } from './xml';

export interface FeedItem {
  id: string;
  summary: string;
  language: string;
  /** The verdict's label in the feed's language. */
  label: string;
  explanation: string;
  publishedAt: Date;
  updated: Date;
}

/** Long explanations are cut: a feed entry is a pointer to the page, not the page. */
const SUMMARY_LENGTH = 600;

export function atomFeed(site: PublicSite, feed: { title: string; language: string }, items: readonly FeedItem[]): string {
  const base = trimBase(site.baseUrl);
  const updated = items.reduce((latest, item) => (item.updated > latest ? item.updated : latest), new Date(0));
  const entries = items.map((item) => {
    const url = canonicalUrl(site, item);
    const text = item.explanation.length > SUMMARY_LENGTH ? `${item.explanation.slice(0, SUMMARY_LENGTH)}…` : item.explanation;
    return [
      '<entry>',
      `<id>${xmlText(url)}</id>`,
      `<title xml:lang="${xmlText(item.language)}">${xmlText(`${item.label}: ${item.summary}`)}</title>`,
      `<link rel="alternate" type="text/html" href="${xmlText(url)}"/>`,
      `<published>${item.publishedAt.toISOString()}</published>`,
      `<updated>${item.updated.toISOString()}</updated>`,
      text ? `<summary type="text">${xmlText(text)}</summary>` : '',
      '</entry>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(feed.language)}">`,
    `<id>${xmlText(`${base}/feed.xml`)}</id>`,
    `<title>${xmlText(feed.title)}</title>`,
    `<link rel="self" type="application/atom+xml" href="${xmlText(`${base}/feed.xml`)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlText(`${base}/`)}"/>`,
    `<author><name>${xmlText(site.organization.name)}</name><uri>${xmlText(site.organization.url)}</uri></author>`,
    `<updated>${updated.toISOString()}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
