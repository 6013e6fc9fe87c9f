// Turns the extractor's candidates into workspace suggestions: the quote to anchor, the source
// name and a guessed kind, the cue words, and whether a saved claim already covers the words.
import { extractClaims, type ClaimCandidate } from './extract/extract-claims';
import { guessSourceKind } from './guess-source-kind';
import type { SourceKind } from '@/lib/generated/prisma/enums';

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
  /** Ids of saved claims whose quote overlaps this one. */
  overlapsClaimIds: string[];
}

const QUOTE_EDGE = /^[\s"“”‘’'«»,.:;—–-]+|[\s"“”‘’'«»,:;—–-]+$/g;

/** Trims spaces and dangling quote marks from a span, keeping the offsets in the body. */
function tidySpan(body: string, start: number, end: number): [number, number] {
  const raw = body.slice(start, end);
  const leading = raw.length - raw.replace(/^[\s"“”‘’'«»,:;—–-]+/, '').length;
  const trailing = raw.length - raw.replace(/[\s"“”‘’'«»,:;—–-]+$/, '').length;
  return leading + trailing >= raw.length ? [start, end] : [start + leading, end - trailing];
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
  for (const candidate of extractClaims(body, lang ? { language: lang } : {})) {
    const suggestion = toSuggestion(body, candidate, claims);
    if (!suggestion || seen.has(suggestion.key)) continue;
    seen.add(suggestion.key);
    suggestions.push(suggestion);
  }
  return suggestions.sort((a, b) => a.quoteStart - b.quoteStart);
}
