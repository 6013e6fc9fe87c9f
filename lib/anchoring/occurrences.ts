// Finds every occurrence of a string in a body, memoised per body so that re-anchoring many
// claims (or many claims quoting the same words) scans the body once per distinct needle.

/** Beyond this many hits a quote or context is too common to place safely. */
export const MAX_OCCURRENCES = 1000;

export type Occurrences = readonly number[] | 'too-many';

export type OccurrenceFinder = (needle: string) => Occurrences;

/** Overlapping hits count ("haha" occurs twice in "hahaha"). An empty needle finds nothing. */
export function findOccurrences(text: string, needle: string, limit: number = MAX_OCCURRENCES): Occurrences {
  if (needle === '') return [];
  const hits: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (hits.length === limit) return 'too-many';
    hits.push(at);
  }
  return hits;
}

export function createOccurrenceFinder(text: string): OccurrenceFinder {
  const cache = new Map<string, Occurrences>();
  return (needle) => {
    let hits = cache.get(needle);
    if (hits === undefined) {
      hits = findOccurrences(text, needle);
      cache.set(needle, hits);
    }
    return hits;
  };
}
