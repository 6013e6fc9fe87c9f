// Turns the extractor's candidates into workspace suggestions: the quote to anchor, the source
// name and a guessed kind, the cue words, and whether a saved claim already covers the words.
import { extractClaims, type ClaimCandidate } from './extract/extract-claims';
import { quotesBalanced } from './extract/quote-balance';
import type { ConfidenceDoubt } from './extract/types';
import { guessSourceKind } from './guess-source-kind';
import type { ClaimStatus, SourceKind } from '@/lib/generated/prisma/enums';

export interface Suggestion {
  /** Stable within one article body: the quote's offsets. */
  key: string;
  quoteStart: number;
  quoteEnd: number;
  quoteText: string;
  sourceName: string;
  sourceKind: SourceKind;
  cue: string;
  stance: 'ASSERTS' | 'DENIES';
  confidence: number;
  /** What "Accept all" takes; the others need a click each. */
  confident: boolean;
  /** Why the confidence is lower (no source, a news outlet cited, no predicate...). */
  doubts: ConfidenceDoubt[];
  /** The key of the suggestion this one denies or confirms ("Turkey denied the accusation"). */
  answersKey?: string;
  /** Ids of saved claims whose quote overlaps this one. */
  overlapsClaimIds: string[];
  /** A claim already in the desk that says the same (found by the matcher), to add these words to. */
  checkedBefore?: CheckedBefore;
}

export interface CheckedBefore {
  claimId: string;
  summary: string;
  status: ClaimStatus;
  /** The verdict readers see, when it is published. */
  publicStatus: ClaimStatus | null;
}

const QUOTE_EDGE = /^[\s"“”‘’'«»,.:;—–-]+|[\s"“”‘’'«»,:;—–-]+$/g;

/** Trims a span's edges, keeping the offsets in the body: spaces and separators always, quote marks
 * only when they are unpaired (a quotation the extractor closed keeps both its marks). */
function tidySpan(body: string, start: number, end: number): [number, number] {
  const trim = (from: number, to: number, edge: RegExp): [number, number] => {
    const raw = body.slice(from, to);
    const leading = raw.length - raw.replace(new RegExp(`^${edge.source}+`), '').length;
    const trailing = raw.length - raw.replace(new RegExp(`${edge.source}+$`), '').length;
    return leading + trailing >= raw.length ? [from, to] : [from + leading, to - trailing];
  };
  const plain = trim(start, end, /[\s,:;—–-]/);
  return quotesBalanced(body, plain) ? plain : trim(start, end, /[\s"“”‘’'«»,:;—–-]/);
}

function toSuggestion(
  body: string,
  candidate: ClaimCandidate,
  claims: readonly { id: string; quoteStart: number; quoteEnd: number }[],
): Suggestion | null {
  const [quoteStart, quoteEnd] = tidySpan(body, candidate.content[0], candidate.content[1]);
  const quoteText = body.slice(quoteStart, quoteEnd);
  if (!quoteText.replace(QUOTE_EDGE, '').trim()) return null;
  const sourceName = (candidate.sourceName ?? (candidate.source ? body.slice(...candidate.source) : '')).trim();
  return {
    key: `${quoteStart}-${quoteEnd}`,
    quoteStart,
    quoteEnd,
    quoteText,
    sourceName,
    sourceKind: guessSourceKind(sourceName),
    cue: body.slice(...candidate.cue).trim(),
    stance: candidate.stance,
    confidence: candidate.confidence,
    confident: candidate.confident,
    doubts: candidate.doubts,
    overlapsClaimIds: claims.filter((c) => c.quoteStart < quoteEnd && c.quoteEnd > quoteStart).map((c) => c.id),
  };
}

export function suggestClaims(
  body: string,
  language: string,
  claims: readonly { id: string; quoteStart: number; quoteEnd: number }[],
): Suggestion[] {
  const lang = language === 'en' || language === 'id' ? language : undefined;
  const seen = new Set<string>();
  const suggestions: Suggestion[] = [];
  const candidates = extractClaims(body, lang ? { language: lang } : {});
  const made = candidates.map((candidate) => toSuggestion(body, candidate, claims));
  candidates.forEach((candidate, i) => {
    const suggestion = made[i];
    if (!suggestion || seen.has(suggestion.key)) return;
    seen.add(suggestion.key);
    // `answers` points into the extractor's list; suggestions are keyed by their span instead.
    const answersKey = candidate.answers === undefined ? undefined : made[candidate.answers]?.key;
    suggestions.push(answersKey ? { ...suggestion, answersKey } : suggestion);
  });
  return suggestions.sort((a, b) => a.quoteStart - b.quoteStart);
}
