// Two ways a cue's words say less than they seem. A denial or confirmation whose object points
// back ("menolak tuduhan itu", "denied the report") answers an earlier statement instead of making
// one. A citation cue ("dilansir dari BBC", "according to the Gazette") names the outlet a text was
// taken from, not the person who said it.
import { isTerminal } from './tokens';
import { lowerAt } from './window';
import type { CueMatch } from './compiled-lexicon';
import type { SentenceWindow, TokenRange } from './window';

/** Words an English referring phrase may hold between determiner and noun ("the latest reports"). */
const MAX_MODIFIERS = 2;

/** The token range of a referring phrase opening `content`, or null. */
export function referringPhrase(w: SentenceWindow, [a, b]: TokenRange): TokenRange | null {
  while (a < b && w.tokens[a]?.kind !== 'word') a++;
  let end = -1;
  if (w.lx.lex.determinerAfterNoun) {
    if (w.lx.referringNouns.has(lowerAt(w, a)) && w.lx.referringDeterminers.has(lowerAt(w, a + 1))) end = a + 2;
  } else if (w.lx.referringDeterminers.has(lowerAt(w, a)) && !w.tokens[a + 1]?.capital) {
    for (let i = a + 1; i < b && i <= a + 1 + MAX_MODIFIERS; i++) {
      if (w.tokens[i]?.kind !== 'word') break;
      if (w.lx.referringNouns.has(lowerAt(w, i))) {
        end = i + 1;
        break;
      }
    }
  }
  if (end === -1 || end > b) return null;
  // What follows must not restate the content ("denied the report that ..."): only how the
  // speaker saw it ("as ..."), when or where, or the end of the clause.
  const next = w.tokens[end];
  if (end === b || !next || next.kind !== 'word' || isTerminal(next)) return [a, end];
  const l = next.lower;
  if (w.lx.complementizers.has(l)) return null;
  return w.lx.characterisers.has(l) || w.lx.cueAdjuncts.has(l) || w.lx.adjunctOpeners.has(l) ? [a, end] : null;
}

/** A denial, or a confirmation, that points back at a statement rather than making one. */
export function answersEarlier(w: SentenceWindow, m: CueMatch, content: TokenRange): boolean {
  const answering = m.entry.stance === 'DENIES' || w.lx.confirmations.has(m.entry.words.join(' '));
  return answering && referringPhrase(w, content) !== null;
}

/** The cue cites a news outlet: always for "dilansir dari", for "according to" when the source looks like one. */
export function citesOutlet(w: SentenceWindow, m: CueMatch, source: TokenRange | null): boolean {
  if (w.lx.citationCues.has(m.entry.words.join(' '))) return true;
  if (m.entry.kind !== 'prep' || !source) return false;
  for (let i = source[0]; i < source[1]; i++) {
    const l = lowerAt(w, i);
    if (w.lx.mediaWords.has(l) || l.endsWith('.com')) return true;
  }
  return false;
}
