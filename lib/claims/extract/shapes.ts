// The shapes news prose gives one cue occurrence, tried in order: quotation before the cue,
// "according to X", a cue that closes its sentence, a parenthetical cue, and content after.
import { clauseAfter } from './clause';
import { adjunctTail, clauseBefore, continueQuote, cueClosesSentence, quoteBefore } from './content';
import { phraseAfter, phraseBefore, sentenceSubject, skipLeft } from './source';
import { isTerminal } from './tokens';
import { lowerAt, quoteOpeningAt } from './window';
import { closingCue, parentheticalCue } from './closing';
import type { CueMatch } from './compiled-lexicon';
import type { Parts } from './parts';
import type { SentenceWindow, TokenRange } from './window';
import type { Span } from './types';

interface Content {
  range: TokenRange;
  runsOn?: boolean;
  pieces?: TokenRange[];
}

const fromPieces = (pieces: TokenRange[]): Content => ({
  range: [pieces[0]?.[0] ?? 0, pieces[pieces.length - 1]?.[1] ?? 0],
  pieces,
});

const MAX_ADDRESSEE = 6;
/** Tokens of time and place adjuncts between a cue and its "that" or quotation. */
const MAX_CUE_ADJUNCT = 16;
/** Cues weighted below this are attitudes and actions ("endorsed", "vowed"), not speech. */
const SPEECH_WEIGHT = 0.7;
/** Quotations of at most this many tokens (marks included) may be titles, not speech. */
const SHORT_QUOTE = 5;

export function suffixSpan(w: SentenceWindow, m: CueMatch): Span | undefined {
  const suffix = w.lx.lex.pronounSuffix;
  const t = w.tokens[m.end - 1];
  if (m.entry.kind !== 'suffixed' || !suffix || !t || !t.lower.endsWith(suffix)) return undefined;
  return [t.end - suffix.length, t.end];
}

/** Subject of a cue, falling back to the sentence subject for "..., saying" and "and said". */
function subjectOf(w: SentenceWindow, cueFirst: number): TokenRange | null {
  const direct = phraseBefore(w, cueFirst);
  if (direct) return direct;
  const before = lowerAt(w, skipLeft(w, cueFirst - 1, w.first));
  return w.lx.subjectBridges.has(before) ? sentenceSubject(w, cueFirst) : null;
}

function quoteFirst(w: SentenceWindow, m: CueMatch): Parts | null {
  const found = quoteBefore(w, m.first);
  if (!found) return null;
  const gapSource = phraseBefore(w, m.first, found.gap[0]);
  const suffix = suffixSpan(w, m);
  const source = suffix ? null : (gapSource ?? phraseAfter(w, m.end));
  const resume = source && source[0] >= m.end ? source[1] : m.end;
  // A short quoted name before the cue (`“Meet the Press,” X said the ...`) is not the content.
  // `"It is fine," said Ilse Moran, who chairs ...`: an inverted source and its apposition.
  const apposed = source !== null && source[0] >= m.end && lowerAt(w, source[1]) === ',';
  const closes = apposed || cueClosesSentence(w, resume);
  if (found.quote.close - found.quote.open <= SHORT_QUOTE && !closes) return null;
  // `"That chapter is over." Reluctantly, the mayor said the plant would close.`: a quotation that
  // ended the previous sentence is not the content of a cue that has its own.
  const tail = apposed || (closes && adjunctTail(w, resume));
  if (found.quote.close < w.first && !tail && lowerAt(w, found.quote.close - 1) === '.') return null;
  const all = continueQuote(w, found.quote, resume);
  const lead = leadIn(w, found.quote.open);
  if (lead !== null && all[0]) all[0] = [lead, all[0][1]];
  const { range, pieces } = fromPieces(all);
  return { content: range, pieces, source, suffix, quoted: true };
}

/** `The council will pick a site "and it will be the mill," she said.`: the writer's words that run into the quotation. */
function leadIn(w: SentenceWindow, open: number): number | null {
  let start = w.first;
  while (start < open && w.tokens[start]?.kind === 'punct') start++;
  return start < open && lowerAt(w, open - 1) !== ':' ? start : null;
}

function prepositional(w: SentenceWindow, m: CueMatch): Parts | null {
  const source = frontedSource(w, m) ?? phraseAfter(w, m.end);
  // "According to X, ..." -- but `..., according to the Harbor Union, which ...` ends its sentence.
  const closing = lowerAt(w, skipLeft(w, m.first - 1, w.first)) === ',' && m.first - w.first > 2;
  if (source && lowerAt(w, source[1]) === ',' && !closing) {
    const content = clauseAfter(w, source[1] + 1, w.lx);
    if (content) return { content, source, quoted: false };
  }
  // "..., as reported by X" / "..., seperti yang dilansir dari X": the clause before the last comma.
  for (let i = m.first - 1; i >= w.first && m.first - i <= 4; i--) {
    if (lowerAt(w, i) === ',') {
      const content = clauseBefore(w, i);
      return content ? { content, source, quoted: false } : null;
    }
  }
  return null;
}

/** "Trump's claim that ...": the "that"-clause is the content, a possessive the source. */
function nounClause(w: SentenceWindow, m: CueMatch): Parts | null {
  const content = clauseAfter(w, m.end - 1, w.lx);
  if (!content || content[1] - content[0] < 3) return null;
  const owner = lowerAt(w, m.first - 1);
  if (w.lx.possessives.has(owner)) return { content, source: [m.first - 1, m.first], quoted: false };
  const possessive = /['’]s?$/.test(owner);
  const source = possessive ? phraseBefore(w, m.first) : sentenceSubject(w, m.first);
  return { content, source, quoted: false };
}

/** Tokens of a long fronted source: "According to early results of exit polls conducted by ..., ". */
const MAX_FRONTED_SOURCE = 30;

/** The source of a cue that opens its sentence runs to the first comma. */
function frontedSource(w: SentenceWindow, m: CueMatch): TokenRange | null {
  if (m.first - w.first > 2) return null;
  for (let i = m.end; i < w.end && i - m.end < MAX_FRONTED_SOURCE; i++) {
    const t = w.tokens[i];
    if (!t || t.kind === 'quote' || isTerminal(t) || t.lower === ';') return null;
    if (t.lower === ',') return i > m.end ? [m.end, i] : null;
  }
  return null;
}

function contentAfter(w: SentenceWindow, m: CueMatch): Content | null {
  let i = m.end;
  // "told reporters that ...", "said on Tuesday in a statement that ...": skip to the content.
  const adjunct = m.entry.weight >= SPEECH_WEIGHT && w.lx.cueAdjuncts.has(lowerAt(w, i));
  if (m.entry.addressee || adjunct) {
    const reach = adjunct ? MAX_CUE_ADJUNCT : MAX_ADDRESSEE;
    for (let j = i; j < w.end && j - i < reach && !isTerminal(w.tokens[j]) && lowerAt(w, j) !== ';'; j++) {
      const handed = lowerAt(w, j - 1) === ',' || lowerAt(w, j - 1) === ':' || !adjunct;
      // `told reporters they ...`: a subject pronoun after the addressee opens the content.
      const pronoun = m.entry.addressee && j > i && w.lx.pronouns.has(lowerAt(w, j)) && !w.lx.relativeSources.has(lowerAt(w, j));
      if (w.lx.complementizers.has(lowerAt(w, j)) || (quoteOpeningAt(w, j) && handed) || pronoun) {
        i = j;
        break;
      }
    }
  }
  while (lowerAt(w, i) === ',' || lowerAt(w, i) === ':' || w.lx.openers.has(lowerAt(w, i))) i++;
  if (i >= w.end && lowerAt(w, i - 1) === ':' && w.end === w.tokens.length) return { range: [i - 1, i], runsOn: true };
  const q = quoteOpeningAt(w, i);
  if (q) return fromPieces(continueQuote(w, q, q.close + 1));
  const objectOnly = m.entry.weight < SPEECH_WEIGHT && !w.lx.complementizers.has(lowerAt(w, i));
  const range = clauseAfter(w, i, w.lx, objectOnly);
  return range ? { range } : null;
}

/**
 * "gambar jet SU-25 Armenia yang dikatakan telah ditembak jatuh": what the passive cue says is
 * about the noun its relative clause hangs on, so that noun opens the content. Only a noun that
 * names something (a capital or a number), and not the source itself.
 */
function relativeHead(w: SentenceWindow, relativizer: number, source: TokenRange | null): TokenRange | null {
  const head = phraseBefore(w, relativizer);
  if (!head || (source && source[1] > head[0])) return null;
  for (let i = head[0]; i < head[1]; i++) if (w.tokens[i]?.capital || /\d/.test(lowerAt(w, i))) return head;
  return null;
}

export function attribute(w: SentenceWindow, m: CueMatch): Parts | null {
  const { kind } = m.entry;
  if (kind === 'prep') return prepositional(w, m);
  if (kind === 'noun') return nounClause(w, m);
  const quoted = quoteFirst(w, m);
  if (quoted) return quoted;
  const suffix = suffixSpan(w, m);
  const relative = w.lx.relativizers.has(lowerAt(w, m.first - 1));
  if (kind === 'inverted' || (kind === 'suffixed' && !relative)) {
    // `..., kata X.` / `..., katanya.`: content is the clause before the comma.
    if (lowerAt(w, m.first - 1) !== ',') return null;
    const content = clauseBefore(w, m.first - 1);
    if (!content) return null;
    return { content, source: suffix ? null : phraseAfter(w, m.end), suffix, quoted: false };
  }
  if (kind === 'passive' || kind === 'suffixed') {
    // "... yang dikatakan(nya) telah ...": the content follows and the subject is the source.
    const content = relative ? contentAfter(w, m) : null;
    if (!content) return null;
    const source = sentenceSubject(w, m.first);
    const head = relativeHead(w, m.first - 1, source);
    if (head && !content.pieces) return { content: [head[0], content.range[1]], pieces: [head, content.range], source, quoted: false };
    return { content: content.range, pieces: content.pieces, source, quoted: false };
  }
  const parenthetical = parentheticalCue(w, m);
  if (parenthetical) return parenthetical;
  const closing = closingCue(w, m);
  if (closing) return closing;
  const content = contentAfter(w, m);
  if (!content) return null;
  if (w.lx.raising.has(lowerAt(w, m.end - 1)) && !content.pieces) {
    // "The plan seemed to stall": the subject is part of what seemed so, and nobody is quoted.
    const subject = phraseBefore(w, m.first);
    if (subject) return { content: [subject[0], content.range[1]], pieces: [subject, content.range], source: null, quoted: false };
  }
  // `was asked by a reporter whether ...`: the agent of a passive cue is its source.
  const agent = w.lx.passiveAgents.has(lowerAt(w, m.end)) ? phraseAfter(w, m.end + 1) : null;
  const source = agent ?? subjectOf(w, m.first);
  return { content: content.range, pieces: content.pieces, source, quoted: false, runsOn: content.runsOn };
}
