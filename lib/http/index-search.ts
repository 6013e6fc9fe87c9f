// The search of an index address (`/?q=...&verdict=...`) as the one segment of a cached page's
// address, so that proxy.ts can send equal searches to one cached page (/search/<segment>). The
// segment is the canonical query string in base64url: nothing in it is percent-encoded, so Next
// hands it to the page exactly as it was made. Pure and free of imports: it runs in the proxy.

/**
 * The segment of an index address whose parameters are all empty (`/<lang>?q=&verdict=`, sent by
 * the form without JavaScript): the plain index's list. It is not the base64url of any text (its
 * bytes are not UTF-8), so no search shares it.
 */
export const PLAIN_INDEX_SEGMENT = 'latest';

/** The index's query parameters, in the order of a search's cached address. */
export const SEARCH_PARAM_NAMES = ['q', 'verdict', 'source', 'sourceName', 'from', 'to', 'page'] as const;
/** The parameters besides the words: with any of them a search goes through proxy.ts. */
export const SEARCH_FILTER_NAMES = SEARCH_PARAM_NAMES.filter((name) => name !== 'q');

/**
 * Search words next.config.ts rewrites straight into a path segment (/<lang>/search/words/<q>),
 * without proxy.ts: up to 200 characters, none of which could break or re-route a path. Anything
 * else (`%`, `/`, a control character, a longer text, or `.` and `..`, which a path would resolve)
 * matches proxy.ts's matcher instead (see its entry for `q`), which sends it to the canonical
 * base64url page. A regular expression as Next's `has` takes it: anchored by Next, no flags.
 */
export const PLAIN_WORDS_PATTERN = '(?!\\.{1,2}$)[^/?#%\\\\\\x00-\\x1f]{1,200}';

/**
 * Longer than any valid value (the longest, a search, is 200 characters): a longer value is cut to
 * this, which keeps it invalid (the page still says "too long") and keeps the address short.
 */
const LONGEST_KEPT_VALUE = 201;

/**
 * Known parameters only, first value, empty ones dropped, in a fixed order; "" is the plain index.
 * Values are otherwise kept as they came: the page reads them with parsePublicSearch, so a bad
 * value is reported just as before.
 */
export function canonicalSearchQuery(params: URLSearchParams): string {
  const canonical = new URLSearchParams();
  for (const name of SEARCH_PARAM_NAMES) {
    const value = params.get(name);
    if (value?.trim()) canonical.set(name, value.slice(0, LONGEST_KEPT_VALUE));
  }
  return canonical.toString();
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(segment: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(segment)) return null;
  try {
    const binary = atob(segment.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** The address of the cached page for an index address's query parameters. */
export function searchPagePath(params: URLSearchParams): string {
  const query = canonicalSearchQuery(params);
  return `/search/${query ? toBase64Url(query) : PLAIN_INDEX_SEGMENT}`;
}

/** The parameters back from a search page's segment, as parsePublicSearch takes them; null if it is not one. */
export function paramsOfSearchSegment(segment: string): Record<string, string> | null {
  if (segment === PLAIN_INDEX_SEGMENT) return {};
  const query = fromBase64Url(segment);
  return query === null ? null : Object.fromEntries(new URLSearchParams(query));
}
