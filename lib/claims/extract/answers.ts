// Links a denial or confirmation that points back ("Turki menolak tuduhan itu") to the earlier
// attribution it answers: the most recent one in the article that asserts something, comes from a
// different source, and shares a topic word with the answer's sentence (the accused party, a place,
// a number: "SU-25", "Turki") or whose cue is the verb of the answer's noun ("the reports" answers
// "reported", "tuduhan itu" answers "menuduh"). Each answer looks back over a bounded number of claims.
import type { CompiledLexicon } from './compiled-lexicon';
import type { Span, Stance } from './types';

/** Claims an answer looks back over; news answers an accusation within a few paragraphs. */
const LOOKBACK = 20;
/** Characters of a long content read for its topic words. */
const MAX_TOPIC_CHARS = 2000;
const WORD = /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*/gu;

export interface Answerable {
  content: Span;
  cue: Span;
  stance: Stance;
  sourceName: string | null;
  sentence: Span;
  refersBack?: Span;
}

function isTopicWord(word: string, lx: CompiledLexicon): boolean {
  if (word.length < 4 && !/\d/.test(word)) return false;
  return !(
    lx.breakers.has(word) ||
    lx.skippable.has(word) ||
    lx.pronouns.has(word) ||
    lx.titles.has(word) ||
    lx.cueIndex.has(word) ||
    lx.referringNouns.has(word) ||
    lx.referringDeterminers.has(word) ||
    lx.predicateWords.has(word) ||
    lx.lex.functionWords.includes(word)
  );
}

/** Topic words of text[s, e), leaving out the characters of `skip` spans. */
function topicWords(text: string, [s, e]: Span, lx: CompiledLexicon, skip: readonly Span[] = [], into = new Set<string>()): Set<string> {
  const end = Math.min(e, s + MAX_TOPIC_CHARS);
  for (const m of text.slice(s, end).matchAll(WORD)) {
    const at = s + m.index;
    if (skip.some(([a, b]) => at >= a && at < b)) continue;
    const word = m[0].toLowerCase();
    if (isTopicWord(word, lx)) into.add(word);
  }
  return into;
}

/**
 * The core of a referring noun, to find its verb in a cue: the letters after the first, which
 * survive Indonesian meN- ("tuduhan" -> "uduh" in "menuduh", "klaim" -> "laim" in "mengklaim")
 * and English endings ("reports" -> "epor" in "reported").
 */
function nounCore(refersBack: string, lx: CompiledLexicon): string | null {
  for (const m of refersBack.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    if (lx.referringNouns.has(word) && word.length >= 5) return word.slice(1, 5);
  }
  return null;
}

const sameSource = (a: string | null, b: string | null): boolean => {
  if (!a || !b) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.includes(y) || y.includes(x);
};

/** For each claim, the index of the earlier claim it answers, or -1. */
export function linkAnswers(claims: readonly Answerable[], text: string, lx: CompiledLexicon): number[] {
  const links = claims.map(() => -1);
  const topics = new Map<number, Set<string>>();
  const topicOf = (i: number): Set<string> => {
    let t = topics.get(i);
    const c = claims[i];
    if (!t && c) {
      t = topicWords(text, c.content, lx, [], topicWords(text, c.sentence, lx));
      topics.set(i, t);
    }
    return t ?? new Set();
  };
  claims.forEach((answer, j) => {
    if (!answer.refersBack) return;
    const own = topicWords(text, answer.sentence, lx, [answer.refersBack, answer.cue]);
    const core = nounCore(text.slice(...answer.refersBack), lx);
    for (let i = j - 1; i >= 0 && j - i <= LOOKBACK; i--) {
      const c = claims[i];
      if (!c || c.refersBack || c.stance !== 'ASSERTS' || c.content[1] > answer.cue[0]) continue;
      if (sameSource(c.sourceName, answer.sourceName)) continue;
      const theirs = topicOf(i);
      const kin =
        core !== null &&
        text
          .slice(...c.cue)
          .toLowerCase()
          .includes(core);
      if (kin || [...own].some((word) => theirs.has(word))) {
        links[j] = i;
        return;
      }
    }
  });
  return links;
}
