// The clause after a cue: it runs to the end of the sentence unless a new attribution or an
// adjunct that is the writer's own starts first. One pass over the sentence, bounded look-aheads.
import { matchCue } from './compiled-lexicon';
import { isTerminal } from './tokens';
import { inQuote, isWordAt, lowerAt, quoteClosingAt } from './window';
import type { CompiledLexicon } from './compiled-lexicon';
import type { SentenceWindow } from './window';
import type { TokenRange } from './window';

/** Tokens of a source phrase between a clause and the cue that follows it. */
const MAX_GAP = 10;

/** Phrase words ahead of i (at most a few) followed by a cue: ", Christie said", "and said". */
function attributionAhead(w: SentenceWindow, i: number, lx: CompiledLexicon): boolean {
  for (let j = i; j < w.end && j - i <= MAX_GAP; j++) {
    if (inQuote(w, j)) return false;
    if (matchCue(lx, w.tokens, j, w.end)) return true;
    if (!isWordAt(w, j) || (lx.breakers.has(lowerAt(w, j)) && j > i)) return false;
  }
  return false;
}

function startsAdjunct(w: SentenceWindow, i: number, lx: CompiledLexicon): boolean {
  const t = w.tokens[i];
  if (!t || t.kind !== 'word' || t.capital) return false;
  return lx.commaAdjuncts.has(t.lower) || lx.lex.adjunctSuffixes.some((s) => t.lower.length > s.length + 2 && t.lower.endsWith(s));
}

/**
 * Where the clause after a cue ends: the sentence end, a semicolon, or where a new attribution
 * starts (", adding ...", "and said ...", ", Christie said ...").
 */
export function clauseAfter(w: SentenceWindow, from: number, lx: CompiledLexicon, objectOnly = false): TokenRange | null {
  let i = from;
  for (; i < w.end; i++) {
    const l = lowerAt(w, i);
    if (l === ';') break;
    // The object of "endorsed", "pledged to": it ends where adjuncts start.
    if (objectOnly && i > from && !inQuote(w, i) && (l === ',' || lx.adjunctOpeners.has(l))) break;
    if (i > from && !inQuote(w, i) && (l === 'and' || l === 'but' || l === 'dan' || l === 'tetapi') && attributionAhead(w, i + 1, lx))
      break;
    if (l === ',' && (attributionAhead(w, i + 1, lx) || lowerAt(w, i + 1) === 'according')) break;
    // ", which ...", ", however ...", ", offering ...": an adjunct that is the writer's, not the source's.
    if ((l === ',' || l === '—' || l === '–') && !inQuote(w, i) && startsAdjunct(w, i + 1, lx)) break;
    // A comma inside a quotation followed by the closing mark: `..., “...,” adding that ...`
    if (l === ',' && quoteClosingAt(w, i + 1) && attributionAhead(w, i + 2, lx)) {
      i += 2;
      break;
    }
  }
  let end = i;
  while (end > from && (isTerminal(w.tokens[end - 1]) || lowerAt(w, end - 1) === ',')) end--;
  return end > from ? [from, end] : null;
}
