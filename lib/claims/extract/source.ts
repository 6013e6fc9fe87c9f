// Finding the source phrase of a cue and normalising it to a name. Scans are bounded by a few
// tokens, so each cue costs constant work however long the sentence is.
import { inQuote, isWordAt, lowerAt } from './window';
import type { SentenceWindow, TokenRange } from './window';

const MAX_SOURCE_TOKENS = 12;
const MAX_APPOSITION_PART = 8;

function isPhraseWord(w: SentenceWindow, i: number): boolean {
  return isWordAt(w, i) && !w.lx.breakers.has(lowerAt(w, i)) && !hasVerbPrefix(w, i);
}

/** Indonesian verbs announce themselves by prefix ("mengajukan", "berjanji"); titles excepted. */
function hasVerbPrefix(w: SentenceWindow, i: number): boolean {
  const t = w.tokens[i];
  return (
    t !== undefined &&
    !t.capital &&
    t.lower.length >= 5 &&
    !w.lx.titles.has(t.lower) &&
    !w.lx.verbPrefixExceptions.has(t.lower) &&
    w.lx.lex.verbPrefixes.some((p) => t.lower.startsWith(p))
  );
}

/** Backwards from `from` (inclusive) over phrase words; returns the first index of the run. */
function runStartBefore(w: SentenceWindow, from: number, floor: number, max: number): number {
  let i = from;
  while (i >= floor && from - i < max) {
    if (isPhraseWord(w, i)) i--;
    else if (lowerAt(w, i) === ')' && i > floor) {
      // "Gov. John Kasich (R-OH)": a short parenthesis belongs to the name.
      let j = i - 1;
      while (j > floor && i - j < 6 && lowerAt(w, j) !== '(') j--;
      if (lowerAt(w, j) !== '(' || j === i - 1) break;
      i = j - 1;
    } else break;
  }
  return i + 1;
}

/** Skips adverbs and auxiliaries leftwards from i ("has also said"). */
export function skipLeft(w: SentenceWindow, i: number, floor: number): number {
  while (i >= floor && isWordAt(w, i) && (w.lx.skippable.has(lowerAt(w, i)) || isAdverb(w, i))) i--;
  return i;
}

/** A lower-case word with an adverb ending ("vigorously", "happily"). */
function isAdverb(w: SentenceWindow, i: number): boolean {
  const t = w.tokens[i];
  return t !== undefined && !t.capital && t.lower.length > 5 && w.lx.lex.adverbSuffixes.some((s) => t.lower.endsWith(s));
}

/**
 * The subject phrase just before a cue. Handles an apposition that opens the sentence
 * ("Kantor berita negara, Armenpress, mengatakan") and a relative "who".
 */
export function phraseBefore(w: SentenceWindow, cueFirst: number, floor = w.first, hops = 2): TokenRange | null {
  const last = skipLeft(w, cueFirst - 1, floor);
  if (last < floor) return null;
  if (lowerAt(w, last) === ',') return appositionBefore(w, last, floor) ?? namedBeforeApposition(w, last, floor);
  if (w.lx.relativeSources.has(lowerAt(w, last))) return [last, last + 1];
  // "pemerintah kedua negara yang mengklaim ...": the relative clause's head is the source.
  if (hops > 0 && w.lx.relativizers.has(lowerAt(w, last))) return phraseBefore(w, last, floor, 0);
  const start = runStartBefore(w, last, floor, MAX_SOURCE_TOKENS);
  if (start > last) return null;
  // "Spicer on Thursday evening said": the phrase is an adjunct; the subject stands before it.
  if (hops > 0 && w.lx.prepositions.has(lowerAt(w, start - 1))) {
    const subject = phraseBefore(w, start - 1, floor, hops - 1);
    if (subject) return subject;
  }
  return [start, last + 1];
}

/** Tokens an apposition may span: "Fred Kagan, director of the ... Institute, said". */
const MAX_APPOSITION_SPAN = 24;

/** "Sandra Inman, a Cruz supporter from Jackson, Miss., said": a name before a long apposition. */
function namedBeforeApposition(w: SentenceWindow, comma: number, floor: number): TokenRange | null {
  for (let c = comma - 1; c > floor && comma - c <= MAX_APPOSITION_SPAN; c--) {
    const t = w.tokens[c];
    if (!t || t.kind === 'quote' || isTerminalLike(t.lower)) return null;
    if (t.lower !== ',') continue;
    const start = runStartBefore(w, c - 1, floor, MAX_APPOSITION_PART);
    if (start <= c - 1 && w.tokens[start]?.capital && (w.tokens[c - 1]?.capital || lowerAt(w, c - 1) === ')')) {
      return [start, comma];
    }
  }
  return null;
}

const isTerminalLike = (l: string): boolean => l === '.' || l === '!' || l === '?' || l === ';' || l === ':';

function appositionBefore(w: SentenceWindow, comma: number, floor: number): TokenRange | null {
  const secondStart = runStartBefore(w, comma - 1, floor, MAX_APPOSITION_PART);
  if (secondStart > comma - 1 || lowerAt(w, secondStart - 1) !== ',') return null;
  const firstStart = runStartBefore(w, secondStart - 2, floor, MAX_APPOSITION_PART);
  // Only an apposition that opens the sentence: otherwise the commas belong to a clause.
  if (firstStart !== floor || firstStart > secondStart - 2) return null;
  return [firstStart, comma];
}

/** A source phrase right after a cue ("said Mr. Smith", "kata Menteri X"). */
export function phraseAfter(w: SentenceWindow, from: number): TokenRange | null {
  let i = from;
  while (i < w.end && i - from < MAX_SOURCE_TOKENS && isPhraseWord(w, i) && !w.lx.cueIndex.has(lowerAt(w, i))) i++;
  return i > from ? [from, i] : null;
}

function looksLikeVerb(w: SentenceWindow, i: number): boolean {
  const t = w.tokens[i];
  if (!t || t.capital) return false;
  const { verbSuffixes } = w.lx.lex;
  return hasVerbPrefix(w, i) || verbSuffixes.some((s) => t.lower.length > s.length + 2 && t.lower.endsWith(s));
}

/**
 * The subject of the sentence's first verb, found as the phrase before that verb
 * ("Azerbaijan menerbitkan ...", "Hillary Clinton's right-hand woman rallied ...").
 */
export function sentenceSubject(w: SentenceWindow, before: number): TokenRange | null {
  for (let i = w.first + 1; i < before; i++) {
    if (inQuote(w, i)) continue;
    const l = lowerAt(w, i);
    if (looksLikeVerb(w, i) || w.lx.skippable.has(l) || w.lx.cueIndex.has(l)) {
      const subject = phraseBefore(w, i);
      if (subject) return subject;
    }
  }
  return leadingPhrase(w, before);
}

/** The phrase that opens the sentence, after a short fronted adverbial ("Pada Rabu, ..."). */
function leadingPhrase(w: SentenceWindow, before: number): TokenRange | null {
  let i = w.first;
  const head = lowerAt(w, i);
  if (w.lx.breakers.has(head) || w.lx.skippable.has(head)) {
    let j = i;
    while (j < before && j - i < 8 && lowerAt(w, j) !== ',') j++;
    if (lowerAt(w, j) !== ',') return null;
    i = j + 1;
  }
  const start = i;
  while (
    i < before &&
    i - start < MAX_APPOSITION_PART &&
    isPhraseWord(w, i) &&
    !w.lx.skippable.has(lowerAt(w, i)) &&
    !w.lx.cueIndex.has(lowerAt(w, i)) &&
    !looksLikeVerb(w, i)
  )
    i++;
  return i > start ? [start, i] : null;
}

export function isPronounPhrase(w: SentenceWindow, r: TokenRange): boolean {
  return r[1] - r[0] === 1 && w.lx.pronouns.has(lowerAt(w, r[0]));
}
