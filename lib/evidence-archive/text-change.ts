// Whether a watched source changed enough to ask an editor, and what changed, word by word.
// Whitespace never counts (text is compared with every run of spaces made one); the readable
// text is the article's, so page furniture and ads are mostly gone before this compares.
import { diffWords } from 'diff';

export interface ComparedCapture {
  httpStatus: number | null;
  sha256: string | null;
  text: string | null;
}

export type SourceFinding = { kind: 'GONE'; changedShare: null } | { kind: 'TEXT_CHANGED'; changedShare: number | null } | null;

const GONE = new Set([404, 410]);
const DIFF_TIMEOUT_MS = 500;

export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Share of the two texts' characters that were removed or added (0 = same, 1 = nothing shared). */
export function changedShareOf(before: string, after: string): number {
  const [a, b] = [normaliseText(before), normaliseText(after)];
  if (a === b) return 0;
  const parts = diffWords(a, b, { timeout: DIFF_TIMEOUT_MS });
  if (!parts) return 1;
  const changed = parts.filter((part) => part.added || part.removed).reduce((sum, part) => sum + part.value.length, 0);
  return changed / Math.max(1, a.length + b.length);
}

export function judgeChange(baseline: ComparedCapture, now: ComparedCapture, threshold: number): SourceFinding {
  if (now.httpStatus !== null && GONE.has(now.httpStatus))
    return baseline.httpStatus !== null && GONE.has(baseline.httpStatus) ? null : { kind: 'GONE', changedShare: null };
  // A failed fetch (timeout, network) says nothing about the page: check again next time.
  if (now.httpStatus === null || now.httpStatus >= 300 || now.sha256 === null || now.sha256 === baseline.sha256) return null;
  if (baseline.text !== null && now.text !== null) {
    const share = changedShareOf(baseline.text, now.text);
    return share > threshold ? { kind: 'TEXT_CHANGED', changedShare: share } : null;
  }
  // A PDF has no readable text here: any change of its bytes is worth a look.
  return baseline.text === null && now.text === null ? { kind: 'TEXT_CHANGED', changedShare: null } : null;
}

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** The word diff for the desk, with long unchanged stretches cut to their ends; null if too different to show. */
export function textDiff(before: string, after: string, context = 120): DiffPart[] | null {
  const parts = diffWords(normaliseText(before), normaliseText(after), { timeout: DIFF_TIMEOUT_MS });
  if (!parts) return null;
  return parts.map((part): DiffPart => {
    if (part.added) return { kind: 'added', text: part.value };
    if (part.removed) return { kind: 'removed', text: part.value };
    const text = part.value.length > context * 2 + 20 ? `${part.value.slice(0, context)} … ${part.value.slice(-context)}` : part.value;
    return { kind: 'same', text };
  });
}

/** A rewritten page would make a diff longer than anyone reads on the desk home. */
const MAX_DIFF_CHARS = 4_000;

/** The diff cut to `max` characters of changed and unchanged text, and whether it was cut. */
export function boundedDiff(parts: DiffPart[], max = MAX_DIFF_CHARS): { parts: DiffPart[]; cut: boolean } {
  const kept: DiffPart[] = [];
  let left = max;
  for (const part of parts) {
    if (left <= 0) return { parts: kept, cut: true };
    kept.push(part.text.length > left ? { ...part, text: `${part.text.slice(0, left)}…` } : part);
    left -= part.text.length;
  }
  return { parts: kept, cut: left < 0 };
}
