// A lexicon turned into sets and a first-word cue index, built once per language.
import { LEXICONS } from './lexicons';
import type { CueEntry, Lexicon } from './lexicon';
import type { Token } from './tokens';
import type { Language } from './types';

export interface CompiledLexicon {
  lex: Lexicon;
  /** Cue entries by first word, longest first. */
  cueIndex: Map<string, CueEntry[]>;
  pronouns: Set<string>;
  titles: Set<string>;
  skippable: Set<string>;
  breakers: Set<string>;
  complementizers: Set<string>;
  cueAdjuncts: Set<string>;
  raising: Set<string>;
  possessives: Set<string>;
  verbPrefixExceptions: Set<string>;
  prepositions: Set<string>;
  commaAdjuncts: Set<string>;
  adjunctOpeners: Set<string>;
  openers: Set<string>;
  relativizers: Set<string>;
  subjectBridges: Set<string>;
  relativeSources: Set<string>;
  passiveAgents: Set<string>;
  determiners: Set<string>;
  abbreviations: Set<string>;
  referringNouns: Set<string>;
  referringDeterminers: Set<string>;
  characterisers: Set<string>;
  confirmations: Set<string>;
  /** Citation cue phrases, words joined by one space. */
  citationCues: Set<string>;
  mediaWords: Set<string>;
  predicateWords: Set<string>;
}

export interface CueMatch {
  entry: CueEntry;
  first: number;
  /** Token index after the cue's last word. */
  end: number;
}

function compile(lex: Lexicon): CompiledLexicon {
  const cueIndex = new Map<string, CueEntry[]>();
  const seen = new Set<string>();
  for (const entry of lex.cues) {
    const key = entry.words.join(' ');
    if (seen.has(key)) continue; // the first listing of a phrase wins
    seen.add(key);
    const first = entry.words[0] ?? '';
    const list = cueIndex.get(first) ?? [];
    list.push(entry);
    cueIndex.set(first, list);
  }
  for (const list of cueIndex.values()) list.sort((a, b) => b.words.length - a.words.length);
  return {
    lex,
    cueIndex,
    pronouns: new Set(lex.pronouns),
    titles: new Set(lex.titles),
    skippable: new Set(lex.skippable),
    breakers: new Set(lex.phraseBreakers),
    complementizers: new Set(lex.complementizers),
    cueAdjuncts: new Set(lex.cueAdjuncts),
    raising: new Set(lex.raising),
    possessives: new Set(lex.possessives),
    verbPrefixExceptions: new Set(lex.verbPrefixExceptions),
    prepositions: new Set(lex.prepositions),
    commaAdjuncts: new Set(lex.commaAdjuncts),
    adjunctOpeners: new Set(lex.adjunctOpeners),
    openers: new Set(lex.contentOpeners),
    relativizers: new Set(lex.relativizers),
    subjectBridges: new Set(lex.subjectBridges),
    relativeSources: new Set(lex.relativeSources),
    passiveAgents: new Set(lex.passiveAgents),
    determiners: new Set(lex.determiners),
    abbreviations: new Set(lex.abbreviations),
    referringNouns: new Set(lex.referringNouns),
    referringDeterminers: new Set(lex.referringDeterminers),
    characterisers: new Set(lex.characterisers),
    confirmations: new Set(lex.confirmations),
    citationCues: new Set(lex.citationCues),
    mediaWords: new Set(lex.mediaWords),
    predicateWords: new Set(lex.predicateWords),
  };
}

const cache = new Map<Language, CompiledLexicon>();

export function compiledLexicon(language: Language): CompiledLexicon {
  let c = cache.get(language);
  if (!c) {
    c = compile(LEXICONS[language]);
    cache.set(language, c);
  }
  return c;
}

/** The longest cue starting at token i, if any. */
export function matchCue(lx: CompiledLexicon, tokens: readonly Token[], i: number, end: number): CueMatch | null {
  const first = tokens[i];
  if (!first || first.kind !== 'word') return null;
  for (const entry of lx.cueIndex.get(first.lower) ?? []) {
    const n = entry.words.length;
    if (i + n > end) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) ok = tokens[i + k]?.lower === entry.words[k];
    if (ok) return { entry, first: i, end: i + n };
  }
  return null;
}
