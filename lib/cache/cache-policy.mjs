// What the route cache keeps, and how much room it takes: shared by every cache handler (the
// in-memory one today, a shared Redis one later) so that they agree. Plain JavaScript (types in
// cache-policy.d.mts) because Next imports cache handlers at run time, without compiling them.
//
// Only successful renders are kept. A page for an id that does not exist renders notFound(), which
// Next hands to set() as an APP_PAGE value with status 404; a wrong slug renders a redirect (3xx).
// Storing those let anyone fill the cache (and once the disk) with made-up addresses, and saves
// nothing: an unknown id costs one primary-key lookup. Likewise a data-cache entry whose result is
// null (unstable_cache around "find this claim") is not kept.

const TAGS_HEADER = 'x-next-cache-tags';
/** Room for the key, the dates and the bookkeeping of an entry. */
const ENTRY_OVERHEAD_BYTES = 256;

/** @param {number | undefined} status */
const isSuccess = (status) => status === undefined || (status >= 200 && status < 300);

/** @param {import('./cache-policy.d.mts').CacheValue | null | undefined} value */
export function isWorthCaching(value) {
  if (!value) return false;
  switch (value.kind) {
    case 'APP_PAGE':
    case 'PAGES':
    case 'APP_ROUTE':
      return isSuccess(value.status);
    case 'FETCH':
      return isSuccess(value.data.status) && value.data.body !== 'null' && value.data.body !== '';
    default:
      // Redirects of the pages router and images (which have their own cache) are not kept.
      return false;
  }
}

/** The cache tags a value carries: a rendered route lists them in a header, a data entry holds them. */
/** @param {import('./cache-policy.d.mts').CacheValue} value @returns {string[]} */
export function tagsOf(value) {
  if (value.kind === 'FETCH') return value.tags ?? [];
  if (value.kind === 'APP_PAGE' || value.kind === 'PAGES' || value.kind === 'APP_ROUTE') {
    const header = value.headers?.[TAGS_HEADER];
    return typeof header === 'string' && header !== '' ? header.split(',') : [];
  }
  return [];
}

const TWO_BYTE_CHARACTER = /[^\u0000-\u00ff]/;

/**
 * The bytes a part takes in memory: a Buffer its length; a string one byte a character, or two when
 * any character is past U+00FF (V8 then stores the whole string at two bytes a character: a verdict
 * page's curly quotes double its 39 kB of HTML to 78 kB).
 * @param {{ length: number } | string | undefined | null} part
 */
const lengthOf = (part) => {
  if (typeof part === 'string') return TWO_BYTE_CHARACTER.test(part) ? part.length * 2 : part.length;
  return part?.length ?? 0;
};

/**
 * The same page with its full-page segment sharing the page's RSC buffer. Next hands set() the
 * page's RSC payload twice: as rscData and, byte for byte, as the `/_full` prefetch segment (a
 * verdict page: 31 kB HTML, 18.5 kB RSC, 18.5 kB `/_full`). Keeping one copy makes each cached page
 * about a quarter smaller, so the budget holds that many more pages. Reading is unchanged: both
 * names still give the same bytes.
 * @param {import('./cache-policy.d.mts').CacheValue} value @returns {import('./cache-policy.d.mts').CacheValue}
 */
export function shareDuplicateSegments(value) {
  if (value.kind !== 'APP_PAGE' || !value.rscData || !value.segmentData) return value;
  const rsc = value.rscData;
  /** @type {Map<string, Buffer>} */
  const segments = new Map();
  for (const [path, segment] of value.segmentData) segments.set(path, segment !== rsc && segment.equals(rsc) ? rsc : segment);
  return { ...value, segmentData: segments };
}

/**
 * About how many bytes the entry holds in memory (strings as V8 stores them, see lengthOf): the
 * budget is a share of the server's heap limit (lib/server-memory.ts), so it counts what the heap holds.
 * @param {string} key @param {import('./cache-policy.d.mts').CacheValue} value
 */
export function sizeOf(key, value) {
  let bytes = ENTRY_OVERHEAD_BYTES + key.length;
  if (value.kind === 'APP_PAGE') {
    bytes += lengthOf(value.html) + lengthOf(value.rscData) + lengthOf(value.postponed);
    // A segment that is the page's RSC buffer itself (shareDuplicateSegments) takes no more room.
    for (const [path, segment] of value.segmentData ?? []) bytes += path.length + (segment === value.rscData ? 0 : segment.length);
  } else if (value.kind === 'PAGES') {
    bytes += lengthOf(value.html) + lengthOf(JSON.stringify(value.pageData));
  } else if (value.kind === 'APP_ROUTE') {
    bytes += lengthOf(value.body);
  } else if (value.kind === 'FETCH') {
    bytes += lengthOf(value.data.body);
  }
  return bytes;
}
