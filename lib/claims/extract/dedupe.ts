// Two cues often point at one stretch of content ("said ..., adding ..." after one quotation,
// or a cue matched twice through different shapes). Keep one candidate per stretch of content.
import type { RawClaim } from './attribution';

/** Contents overlapping at least this much (intersection over union) are the same claim. */
const SAME_CONTENT = 0.3;
/** Candidates are compared with this many recent ones only, which keeps the pass linear. */
const LOOKBACK = 8;

const overlap = (a: RawClaim, b: RawClaim): number => {
  const inter = Math.min(a.content[1], b.content[1]) - Math.max(a.content[0], b.content[0]);
  if (inter <= 0) return 0;
  const union = Math.max(a.content[1], b.content[1]) - Math.min(a.content[0], b.content[0]);
  return inter / union;
};

export function dropDuplicateContent(claims: readonly RawClaim[]): RawClaim[] {
  const kept: RawClaim[] = [];
  for (const c of claims) {
    let duplicate = false;
    for (let k = kept.length - 1; k >= 0 && kept.length - k <= LOOKBACK; k--) {
      const other = kept[k];
      if (!other || overlap(other, c) < SAME_CONTENT) continue;
      duplicate = true;
      if (c.confidence > other.confidence) kept[k] = c;
      break;
    }
    if (!duplicate) kept.push(c);
  }
  return kept;
}
