// Reads the two inputs of `match-claims`: tab-separated, a header line first, the id in the first
// column and the text in the second (a third column of VERIFIED.tsv, when present, is another
// wording of the claim, loaded as its quote). A field may be quoted "..." to hold tabs or line
// breaks, as the CLEF files do. Writes a TREC run line. Pure.
import { parse } from 'csv-parse/sync';

export interface TsvRow {
  id: string;
  text: string;
  extra: string | null;
}

export function parseTsv(content: string, what: string): TsvRow[] {
  let records: string[][];
  try {
    records = parse(content, { delimiter: '\t', relax_quotes: true, relax_column_count: true, skip_empty_lines: true, from_line: 2 });
  } catch (error) {
    throw new Error(`${what}: not a readable tab-separated file (${(error as Error).message})`);
  }
  return records.map(([id = '', text = '', extra], i) => {
    if (!/^[\w.:-]{1,100}$/u.test(id.trim()))
      throw new Error(`${what}, row ${i + 1}: the first column must be an id (letters, digits, . _ : -), not "${id.slice(0, 40)}"`);
    return { id: id.trim(), text: text.replace(/\s+/gu, ' ').trim(), extra: extra?.replace(/\s+/gu, ' ').trim() || null };
  });
}

/** `query_id Q0 claim_id rank score tag`, the format trec_eval and the CLEF scorer read. */
export function trecLine(queryId: string, claimId: string, rank: number, score: number, tag: string): string {
  return `${queryId} Q0 ${claimId} ${rank} ${score.toFixed(6)} ${tag}`;
}
