// Shapes whose content stands before the cue: a cue that closes its sentence (`..., the mayor
// said.`) and a parenthetical cue (`The plant, the chief executive said, is under pressure.`).
import { clauseAfter } from './clause';
import { adjunctTail, clauseBefore, cueClosesSentence } from './content';
import { phraseAfter, phraseBefore, skipLeft } from './source';
import { lowerAt } from './window';
import type { CueMatch } from './compiled-lexicon';
import type { Parts } from './parts';
import type { SentenceWindow } from './window';

/** `The plant, the chief executive said, is under pressure.`: content on both sides of the cue. */
export function parentheticalCue(w: SentenceWindow, m: CueMatch): Parts | null {
  if (lowerAt(w, m.end) !== ',') return null;
  const subject = phraseBefore(w, m.first);
  if (!subject || lowerAt(w, subject[0] - 1) !== ',') return null;
  const before = clauseBefore(w, subject[0] - 1);
  const after = clauseAfter(w, m.end + 1, w.lx);
  if (!before || !after) return null;
  return { content: [before[0], after[1]], pieces: [before, after], source: subject, quoted: false };
}

/** `..., the mayor said.` / `..., said Dana Whitlock, a pollster.` -- but not `..., saying wages fell.` */
export function closingCue(w: SentenceWindow, m: CueMatch): Parts | null {
  const subject = phraseBefore(w, m.first);
  const inverted = subject ? null : phraseAfter(w, m.end);
  const named = inverted !== null && w.tokens[inverted[0]]?.capital === true;
  // `..., said Dana Whitlock, a pollster at the institute ...`: a named source and its apposition.
  const apposed = named && inverted !== null && (lowerAt(w, inverted[1]) === ',' || lowerAt(w, inverted[1]) === '(');
  if (!apposed && !cueClosesSentence(w, m.end)) return null;
  // `In an email, the mayor said the plant was safe.`: a short clause after the cue is not a tail.
  const comma = subject ? subject[0] - 1 : skipLeft(w, m.first - 1, w.first);
  if (lowerAt(w, comma) !== ',' || !((subject && adjunctTail(w, m.end)) || named)) return null;
  const content = clauseBefore(w, comma);
  return content ? { content, source: subject ?? inverted, quoted: false } : null;
}
