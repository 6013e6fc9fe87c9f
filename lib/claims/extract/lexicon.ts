// The shape of a per-language lexicon. Everything language-specific the extractor knows lives in
// one of these tables, so supporting a third language means writing one more table.
import type { Language, Stance } from './types';

export type CueKind =
  /** Subject before, content after ("X said that ..."), or before when the cue closes the sentence. */
  | 'verb'
  /** Only after its content, source following: `"...," kata X`. Too ambiguous elsewhere. */
  | 'inverted'
  /** The source is the cue's own pronoun suffix: `"...," katanya`. */
  | 'suffixed'
  /** Source follows, content is the rest of the sentence: "according to X, ...". */
  | 'prep'
  /** A noun with its complementiser ("the claim that ..."): a possessive before it is the source. */
  | 'noun'
  /** Passive cue whose source is the sentence subject when it opens a relative clause. */
  | 'passive';

export interface CueEntry {
  words: readonly string[];
  kind: CueKind;
  stance: Stance;
  /** How reliably this cue marks an attribution, 0..1. */
  weight: number;
  /** Takes an addressee before its content ("told reporters that ..."). */
  addressee: boolean;
}

export interface Lexicon {
  language: Language;
  /** Frequent function words, for language detection. */
  functionWords: readonly string[];
  cues: readonly CueEntry[];
  /** Pronouns that can stand as a source and need an antecedent. */
  pronouns: readonly string[];
  /** A pronoun suffix on a cue word that names the source ("-nya"). */
  pronounSuffix: string | null;
  /** Words of titles and roles that precede a name ("Presiden", "Sen.", "menteri luar negeri"). */
  titles: readonly string[];
  /** Adverbs and auxiliaries that may sit between a source and its cue. */
  skippable: readonly string[];
  /** Endings of adverbs that may sit between a source and its cue ("-ly"). */
  adverbSuffixes: readonly string[];
  /** Words a source phrase never contains: they end a backwards scan. */
  phraseBreakers: readonly string[];
  /** Affixes of verbs, used to find where a sentence's subject ends ("me-", "-ed"). */
  verbPrefixes: readonly string[];
  verbSuffixes: readonly string[];
  /** Nouns that merely look prefixed like verbs ("berita", "direktur"). */
  verbPrefixExceptions: readonly string[];
  /** Words that open an adjunct after an object ("after", "because", "last week"). */
  adjunctOpeners: readonly string[];
  /** Words that, after a comma, start an adjunct that ends reported content ("which", "however"). */
  commaAdjuncts: readonly string[];
  /** Word endings that, after a comma, start a participial adjunct ("-ing"). */
  adjunctSuffixes: readonly string[];
  /** Prepositions: a phrase after one is an adjunct, not a subject ("on Thursday"). */
  prepositions: readonly string[];
  /** Words that open a time or place adjunct right after a cue ("said on Tuesday that ..."). */
  cueAdjuncts: readonly string[];
  /** Raising cues whose subject belongs to the content ("The plan seemed to stall"). */
  raising: readonly string[];
  /** Possessive determiners that name the source of a noun cue ("his claim that"). */
  possessives: readonly string[];
  /** Complementisers that open reported content ("that", "bahwa"). */
  complementizers: readonly string[];
  /** Words after a cue that introduce the content and are not part of it ("sebagai"). */
  contentOpeners: readonly string[];
  /** Words before a cue that hand it the sentence subject (", saying", "and said", "refused to say"). */
  subjectBridges: readonly string[];
  /** Prepositions that introduce the agent of a passive cue ("asked by a reporter"). */
  passiveAgents: readonly string[];
  /** Relative pronouns that stand as the source of their clause's cue ("who said", "which reported"). */
  relativeSources: readonly string[];
  /** Relative pronouns that make a passive cue refer back to the sentence subject ("yang"). */
  relativizers: readonly string[];
  /** Determiners stripped from a source name. */
  determiners: readonly string[];
  /** Abbreviations that keep their period (lower case, without the dot). */
  abbreviations: readonly string[];
  /** Lines starting with one of these are page furniture ("Baca juga:"). */
  furniturePrefixes: readonly string[];
  /** A line equal to one of these ends the article text ("Halaman:"). */
  furnitureStops: readonly string[];
  /** Nouns that point back to an earlier statement ("tuduhan itu", "the report"). */
  referringNouns: readonly string[];
  /** Determiners that make such a noun point back ("itu", "tersebut"; "the", "these"). */
  referringDeterminers: readonly string[];
  /** Words after such a noun that say how the speaker saw it, not what was said ("sebagai", "as"). */
  characterisers: readonly string[];
  /** The determiner follows the noun ("tuduhan itu") rather than preceding it ("the report"). */
  determinerAfterNoun: boolean;
  /** Cues that confirm an earlier statement when their object points back ("membenarkan", "confirmed"). */
  confirmations: readonly string[];
  /** Cues that name the outlet a text was taken from, never the speaker ("dilansir dari", "reported by"). */
  citationCues: readonly string[];
  /** Words that mark a source as a news outlet ("BBC", "Gazette", "kantor berita"), for "according to X". */
  mediaWords: readonly string[];
  /** Words that make a clause a statement rather than a noun phrase (copulas, auxiliaries, negation). */
  predicateWords: readonly string[];
}

/** Builds cue entries from a comma-separated list of (possibly multi-word) phrases. */
export function cues(list: string, kind: CueKind, weight: number, extra: { stance?: Stance; addressee?: boolean } = {}): CueEntry[] {
  return list
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => ({
      words: p.split(/\s+/),
      kind,
      weight,
      stance: extra.stance ?? 'ASSERTS',
      addressee: extra.addressee ?? false,
    }));
}

/** Splits a whitespace-separated word list. */
export const words = (list: string): string[] => list.split(/\s+/).filter((w) => w.length > 0);
