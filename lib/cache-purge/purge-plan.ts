// Which addresses of the caching proxy a change to a claim's public view makes stale, and how the
// proxy matches them. Pure: no Next, no Prisma. The proxy (deploy/varnish/claimdesk.vcl) implements
// the same two scopes, compared on the path without its query string:
// - "path": that path with any query string (`/` covers `/?q=banjir&page=2`, the feed covers its filters);
// - "tree": that path and everything below it (`/id/claims/<id>` covers every slug the claim ever had,
//   its social card, and the bare `/id/claims/<id>` redirect; `/id/sources/<id>` covers every page of the record).
// Reader pages carry their language in the path (lib/i18n/reader-paths.ts), so each is purged in
// every language; the unprefixed addresses only redirect, privately, and are never cached.
import { LOCALES } from '@/lib/i18n/locales';

export type PurgeScope = 'path' | 'tree';

export interface PurgePath {
  path: string;
  scope: PurgeScope;
}

/** The public addresses of one claim's change: before and after, since a correction may move it to another source. */
export interface ClaimPublicChange {
  claimId: string;
  /** Sources whose public record lists the claim before or after the change (duplicates allowed). */
  sourceIds: readonly (string | null | undefined)[];
}

/** Ids end up in proxy ban expressions: only the characters our ids (cuid) are made of. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,120}$/;

export const INDEX_AND_FEEDS: readonly PurgePath[] = [
  ...LOCALES.flatMap((locale): PurgePath[] => [
    { path: `/${locale}`, scope: 'path' },
    // Lists every published correction: a publish, correction or unpublish may change it.
    { path: `/${locale}/corrections`, scope: 'path' },
  ]),
  { path: '/claims.csv', scope: 'path' },
  { path: '/claims.json', scope: 'path' },
  { path: '/feed.xml', scope: 'path' },
  { path: '/sitemap.xml', scope: 'path' },
];

/**
 * A change of the site's texts (lib/actions/site-settings.ts): the three pages that show them, and
 * every verdict page, whose ClaimReview names the organisation's logo.
 */
export const SITE_TEXT_PAGES: readonly PurgePath[] = LOCALES.flatMap((locale): PurgePath[] => [
  { path: `/${locale}/about`, scope: 'path' },
  { path: `/${locale}/methodology`, scope: 'path' },
  { path: `/${locale}/corrections`, scope: 'path' },
  { path: `/${locale}/claims`, scope: 'tree' },
]);

export function purgePathsForClaim(change: ClaimPublicChange): PurgePath[] {
  const sources = [...new Set(change.sourceIds.filter((id): id is string => typeof id === 'string' && SAFE_ID.test(id)))];
  if (!SAFE_ID.test(change.claimId)) throw new Error(`Not a claim id: ${JSON.stringify(change.claimId)}`);
  return [
    ...LOCALES.flatMap((locale): PurgePath[] => [
      { path: `/${locale}/claims/${change.claimId}`, scope: 'tree' },
      ...sources.map((id): PurgePath => ({ path: `/${locale}/sources/${id}`, scope: 'tree' })),
    ]),
    ...INDEX_AND_FEEDS,
  ];
}

/** The path of an address, without query string or fragment ("/?q=a" -> "/"). */
export function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** Whether purging `purge` drops the cached copy of `url` (the proxy's rule, for tests and docs). */
export function purgeCovers(purge: PurgePath, url: string): boolean {
  const path = pathOf(url);
  if (path === purge.path) return true;
  return purge.scope === 'tree' && path.startsWith(`${purge.path}/`);
}
