// How sure the extractor is that a suggestion is a claim an editor would keep as it stands.
// "Accept all" takes only suggestions at or above CONFIDENT; the rest wait for a click each.
//
//   start   the cue's weight from the lexicon: 0.85 for speech verbs ("said", "mengatakan"),
//           0.8 for denials, 0.5-0.6 for attitudes ("vowed", "berjanji"), 0.5 for "Name: ..."
//   +0.10   the content is a quotation whose marks pair up in the text
//   +0.05   the source is named in the sentence (not a pronoun, not missing)
//   -0.05   the source is a pronoun or "-nya" resolved to an earlier name
//   -0.40   the content has no predicate: a noun phrase such as "wilayah Nagorny Karabakh"
//   -0.20   the content is under three words;  -0.10 over 120 words (a run-away clause)
//   -0.15   a quotation mark had no partner in the text and was left out of the span
//   cap     0.45 when there is no source, or a pronoun with no earlier name to stand for
//   cap     0.45 when the source is the outlet a text was taken from ("dilansir dari BBC",
//           "according to the Gazette"): the speaker is not named, so never confident
//   cap     0.45 when the content points back ("menolak tuduhan itu") and no earlier claim was
//           found to answer; an answer that was linked keeps its score (its claim is the earlier one)
// The result is clamped to [0, 1] and rounded to two decimals.
import type { CompiledLexicon } from './compiled-lexicon';
import type { ConfidenceDoubt, Span } from './types';

export const CONFIDENT = 0.6;
const CAPPED = 0.45;
const SHORT_WORDS = 3;
const LONG_WORDS = 120;
const WORD = /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*/gu;
/** Characters of each piece read for words: enough to see a predicate and a run-away length. */
const MAX_READ = 4000;

export interface ConfidenceInput {
  cueWeight: number;
  quoted: boolean;
  /** The source phrase exists in the text. */
  hasSource: boolean;
  anaphoric: boolean;
  /** The resolved or normalised source name. */
  sourceName: string | null;
  citesOutlet: boolean;
  /** The content's pieces, balanced. */
  pieces: readonly Span[];
  /** Every quotation mark of the content pairs up in the text. */
  paired: boolean;
  refersBack: boolean;
  /** Index of the answered claim, or -1. */
  answers: number;
}

export interface Confidence {
  confidence: number;
  confident: boolean;
  doubts: ConfidenceDoubt[];
}

/** A verb-like word: a copula, auxiliary or negation, an Indonesian me-/ber-/di-/ter- verb, an English -ed/-ing form. */
function isPredicate(w: string, lx: CompiledLexicon): boolean {
  if (lx.predicateWords.has(w) || lx.cueIndex.has(w)) return true;
  if (w.length < 5 || lx.verbPrefixExceptions.has(w) || lx.titles.has(w)) return false;
  if (lx.lex.verbPrefixes.some((p) => w.startsWith(p))) return true;
  return lx.lex.language === 'en' && (w.endsWith('ed') || w.endsWith('ing') || /[^s]s$/.test(w));
}

/** Words in the content (read up to MAX_READ per piece), and whether one of them is a predicate. */
function readContent(text: string, pieces: readonly Span[], lx: CompiledLexicon): { words: number; predicate: boolean } {
  let words = 0;
  let predicate = false;
  for (const [s, e] of pieces) {
    for (const m of text.slice(s, Math.min(e, s + MAX_READ)).matchAll(WORD)) {
      words++;
      if (!predicate) predicate = isPredicate(m[0].toLowerCase(), lx);
    }
  }
  return { words, predicate };
}

export function scoreConfidence(text: string, c: ConfidenceInput, lx: CompiledLexicon): Confidence {
  const doubts: ConfidenceDoubt[] = [];
  const { words, predicate } = readContent(text, c.pieces, lx);
  let score = c.cueWeight + (c.quoted && c.paired ? 0.1 : 0);
  const sourceless = !c.hasSource || (c.anaphoric && !c.sourceName);
  if (sourceless) doubts.push(c.hasSource ? 'unresolved-pronoun' : 'no-source');
  else score += c.anaphoric ? -0.05 : 0.05;
  const answered = c.refersBack && c.answers !== -1;
  if (!answered && !c.quoted && !predicate) {
    score -= 0.4;
    doubts.push('no-predicate');
  }
  if (words < SHORT_WORDS && !answered) {
    score -= 0.2;
    doubts.push('short-content');
  } else if (words > LONG_WORDS) {
    score -= 0.1;
    doubts.push('long-content');
  }
  if (!c.paired) {
    score -= 0.15;
    doubts.push('unpaired-quote');
  }
  // An attribution needs someone who said it: without one the editor must pick the source.
  if (sourceless) score = Math.min(score, CAPPED);
  if (c.citesOutlet) {
    score = Math.min(score, CAPPED);
    doubts.push('cites-outlet');
  }
  if (c.refersBack && c.answers === -1) {
    score = Math.min(score, CAPPED);
    doubts.push('unanswered-reference');
  }
  const confidence = Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
  return { confidence, confident: confidence >= CONFIDENT, doubts };
}
