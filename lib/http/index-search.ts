// The search of an index address (`/?q=...&verdict=...`) as one canonical query string, so that
// proxy.ts can send equal searches to one cached page (/search/<query>). Pure and free of imports:
// it runs in the proxy on every search.

/**
 * The segment of the plain index's cached page: `/` is rewritten to /search/latest (next.config.ts).
 * A canonical query always holds "=", so no search shares it.
 */
export const PLAIN_INDEX_SEGMENT = 'latest';

/** The index's query parameters, in the order of a search's cached address. */
export const SEARCH_PARAM_NAMES = ['q', 'verdict', 'source', 'sourceName', 'from', 'to', 'page'] as const;

/**
 * Known parameters only, first value, empty ones dropped, in a fixed order; "" is the plain index.
 * Values are kept as they came: the page still reads them with parsePublicSearch, so a bad value is
 * reported just as before.
 */
export function canonicalSearchQuery(params: URLSearchParams): string {
  const canonical = new URLSearchParams();
  for (const name of SEARCH_PARAM_NAMES) {
    const value = params.get(name);
    if (value?.trim()) canonical.set(name, value);
  }
  return canonical.toString();
}

/** The address of the cached page for an index address's query parameters. */
export function searchPagePath(params: URLSearchParams): string {
  return `/search/${encodeURIComponent(canonicalSearchQuery(params) || PLAIN_INDEX_SEGMENT)}`;
}

/** The parameters back from a search page's segment, as parsePublicSearch takes them. */
export function paramsOfSearchQuery(segment: string): Record<string, string> {
  return segment === PLAIN_INDEX_SEGMENT ? {} : Object.fromEntries(new URLSearchParams(segment));
}
