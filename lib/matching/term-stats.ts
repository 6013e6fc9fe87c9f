// Collection statistics for ranking: how many claims contain each stem. Built from the lexemes
// PostgreSQL indexed (ts_stat over the claims' search vector) and stemmed here, so a query stem
// knows both its rarity and the exact lexemes to ask the index for ("divest" -> divest,
// divested, divesting). Pure: read-candidates.ts loads the rows and keeps the result a while.
import type { MatchLanguage } from './claim-text';
import { foldWord, stemWord } from './tokenize';
import { STOP_WORDS } from './stop-words';

export interface LexemeCount {
  word: string;
  /** Claims whose vector holds the lexeme. */
  ndoc: number;
  /** Occurrences over all claims. */
  nentry: number;
}

export interface StemEntry {
  df: number;
  lexemes: string[];
}

export interface TermStats {
  claims: number;
  /** Average words (stop words excluded) per claim: BM25's length normalisation. */
  averageLength: number;
  stems(language: MatchLanguage): ReadonlyMap<string, StemEntry>;
}

export function buildTermStats(claims: number, rows: readonly LexemeCount[]): TermStats {
  const byLanguage = new Map<MatchLanguage, Map<string, StemEntry>>();
  let entries = 0;
  for (const row of rows) if (!STOP_WORDS.en.has(row.word) && !STOP_WORDS.id.has(row.word)) entries += row.nentry;
  const stems = (language: MatchLanguage) => {
    let map = byLanguage.get(language);
    if (map) return map;
    map = new Map();
    for (const row of rows) {
      const stem = stemWord(foldWord(row.word), language);
      const entry = map.get(stem);
      // A claim holding two forms of a stem is counted twice: an overestimate that only lowers idf a little.
      if (entry) {
        entry.df = Math.min(claims, entry.df + row.ndoc);
        entry.lexemes.push(row.word);
      } else map.set(stem, { df: row.ndoc, lexemes: [row.word] });
    }
    byLanguage.set(language, map);
    return map;
  };
  return { claims, averageLength: claims > 0 ? Math.max(1, entries / claims) : 1, stems };
}

/** BM25's inverse document frequency (never negative). */
export function idf(stats: Pick<TermStats, 'claims'>, df: number): number {
  return Math.log(1 + (stats.claims - df + 0.5) / (df + 0.5));
}
