// Rule 3: the quote itself was edited (a typo fixed inside it). Find the stored prefix and
// suffix with about the quote's length between them and accept the text in between when it is
// close to the old quote. Both contexts must match in full and identify one place: with
// repeated boilerplate ("harga beras Rp ... per kilogram, kata dia") a near match is just as
// likely a neighbouring figure, so that case is ambiguous, never the closest string.

import { boundedEditDistance } from './bounded-distance';
import { isBlank } from './code-units';
import type { TextAnchor } from './describe-span';
import type { LocateOutcome, SearchScope } from './locate-types';

/** Context pairs collected before giving up; the decision needs one, or the expected one. */
const MAX_PAIRS = 1000;

/** Edits allowed inside a quote: max(2, 10% of its characters). */
export function fuzzyLimit(quote: string): number {
  return Math.max(2, Math.floor(Array.from(quote).length / 10));
}

interface Span {
  start: number;
  end: number;
}

export function locateFuzzy(anchor: TextAnchor, scope: SearchScope): LocateOutcome {
  const limit = fuzzyLimit(anchor.exact);
  const pairs = contextPairs(anchor, scope.body, limit, scope);
  if (pairs === 'too-many') return { kind: 'ambiguous' };
  const places = pairs.filter((span) => scope.allows(span.start, span.end) && span.end > span.start);
  if (places.length === 0) return { kind: 'none' };

  // Several places share the whole context: only the one exactly where the quote is expected
  // can be told apart; picking the nearest string would be a guess.
  const place = places.length === 1 ? places[0] : places.find((span) => span.start === scope.expectedStart);
  if (place === undefined) return { kind: 'ambiguous' };

  const text = scope.body.slice(place.start, place.end);
  if (isBlank(text) || boundedEditDistance(anchor.exact, text, limit) === null) return { kind: 'none' };
  return { kind: 'found', start: place.start, end: place.end, fullContext: true };
}

/**
 * Spans with the full stored prefix right before and the full stored suffix right after, of a
 * length the quote could have after `limit` edits. Searches the body for whichever context is
 * rarer and checks the other one only inside that small window, so common boilerplate on one
 * side (", kata dia kepada ...") does not make the search blow up.
 */
function contextPairs(anchor: TextAnchor, body: string, limit: number, scope: SearchScope): Span[] | 'too-many' {
  const { prefix, suffix } = anchor;
  // Lengths are in code units and one edit can change up to two (an emoji), hence 2 * limit.
  const shortest = Math.max(1, anchor.exact.length - 2 * limit);
  const longest = anchor.exact.length + 2 * limit;
  // An empty context means the quote touched that edge of the body, so it must touch it still.
  const prefixEndsAt = (at: number): boolean => (prefix === '' ? at === 0 : body.startsWith(prefix, at - prefix.length));
  const suffixStartsAt = (at: number): boolean => (suffix === '' ? at === body.length : body.startsWith(suffix, at));

  const prefixHits = prefix === '' ? [0] : scope.find(prefix);
  const suffixHits = suffix === '' ? [body.length] : scope.find(suffix);
  const spans: Span[] = [];
  const add = (start: number, end: number): boolean => {
    spans.push({ start, end });
    return spans.length <= MAX_PAIRS;
  };

  if (prefixHits !== 'too-many' && (suffixHits === 'too-many' || prefixHits.length <= suffixHits.length)) {
    for (const hit of prefixHits) {
      const start = prefix === '' ? 0 : hit + prefix.length;
      const last = Math.min(body.length, start + longest);
      for (let end = start + shortest; end <= last; end += 1) {
        if (suffixStartsAt(end) && !add(start, end)) return 'too-many';
      }
    }
    return spans;
  }
  if (suffixHits !== 'too-many') {
    for (const end of suffixHits) {
      const first = Math.max(0, end - longest);
      for (let start = end - shortest; start >= first; start -= 1) {
        if (prefixEndsAt(start) && !add(start, end)) return 'too-many';
      }
    }
    return spans;
  }
  return 'too-many';
}
