// Reads the dateline that opens a news story: "MOSKWA, KOMPAS.com - ...", "TEMPO.CO,
// Jakarta - ...", "Jakarta - ...", "WASHINGTON (Reuters) - ...", "LONDON — ...". The place,
// the outlet named in it and a credited agency in brackets feed the article metadata.

import { endsLikeSentence, normaliseParagraph, wordCount } from './normalise-text';
import { canonicalOutletName, isOutletName } from './outlet-names';

export interface Dateline {
  /** As printed: "MOSKWA", "Jakarta". */
  place: string | null;
  /** Outlet named beside the place, canonicalised ("Kompas.com"). */
  publisher: string | null;
  /** Agency in brackets: "Reuters" from "(Reuters)". */
  agency: string | null;
}

// A segment is a place or an outlet: no commas, brackets or spaced dashes inside.
const SEGMENT = String.raw`[\p{L}\p{N}][\p{L}\p{N}\p{M}.'’&-]*(?: [\p{L}\p{N}][\p{L}\p{N}\p{M}.'’&-]*){0,3}`;
const WIRE_DATE = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2}`;
// A lone hyphen must have spaces around it, or "Jean-Paul said" would read as a dateline.
const SEPARATOR = String.raw`(?:\s+-{1,2}\s+|\s*--\s*|\s*[–—]\s*)`;

const DATELINE = new RegExp(
  String.raw`^(?<first>${SEGMENT})(?:\s*,\s*(?<second>${SEGMENT}))?(?:\s*\((?<agency>[^()]{2,40})\))?${SEPARATOR}(?<rest>\S.*)$`,
  'u',
);

const PLACE_WORD = /^(?:\p{Lu}[\p{L}\p{M}.'’-]*|\p{Lu}\.)$/u;
// Separated from the place only to be ignored: "WASHINGTON, Oct 1 (Reuters) -".
const WIRE_DATE_ONLY = new RegExp(`^${WIRE_DATE}$`);

const isShouting = (segment: string) => isPlace(segment) && /\p{Lu}{2}/u.test(segment) && segment === segment.toUpperCase();

function isPlace(segment: string): boolean {
  return segment.split(' ').every((word) => PLACE_WORD.test(word));
}

/**
 * The dateline at the start of `paragraph`, or null when it does not open with one. Only a
 * paragraph that goes on as a real sentence counts, so a headline such as "Jokowi - Prabowo
 * Bertemu" is not mistaken for one.
 */
export function parseDateline(paragraph: string): Dateline | null {
  const match = DATELINE.exec(normaliseParagraph(paragraph));
  const groups = match?.groups;
  if (!groups) return null;
  const { first = '', second, agency, rest = '' } = groups;
  const restWords = wordCount(rest);
  if (restWords < 6 || (restWords < 15 && !endsLikeSentence(rest))) return null;

  let place: string | null = null;
  let publisher: string | null = null;
  if (second === undefined || WIRE_DATE_ONLY.test(second)) {
    if (isOutletName(first)) publisher = first;
    else place = first;
  } else if (isOutletName(second) && isPlace(first)) {
    [place, publisher] = [first, second];
  } else if (isOutletName(first) && isPlace(second)) {
    [publisher, place] = [first, second];
  } else if (isShouting(first) && isShouting(second)) {
    // "SUKAMAJU, WARTA CONTOH - ...": place and outlet both in capitals is the Indonesian
    // dateline shape even for an outlet on no list; the outlet is then taken as printed.
    [place, publisher] = [first, second];
  } else {
    return null;
  }
  if (place !== null && !isPlace(place)) return null;
  // An unmarked mixed-case opener ("Jakarta - ...") is how Detik writes datelines, but it
  // is also how a sentence could start; accept it only for a single place name.
  const isAllCaps = place !== null && place === place.toUpperCase();
  if (place !== null && !isAllCaps && publisher === null && agency === undefined && place.includes(' ')) return null;

  return {
    place,
    publisher: publisher === null ? null : canonicalOutletName(publisher),
    agency: agency === undefined ? null : agency.trim(),
  };
}
