// Recognises page furniture in raw pasted pages: headlines, link lists, bylines, "read also" lines
// and the marker after which a news site lists other stories. Claims are only sought in prose.
import { ALL_LEXICONS } from './lexicons';
import type { Paragraph } from './segment';

const PREFIXES = ALL_LEXICONS.flatMap((l) => l.furniturePrefixes.map((p) => p.toLowerCase()));
const STOPS = new Set(ALL_LEXICONS.flatMap((l) => l.furnitureStops.map((p) => p.toLowerCase())));
/** Headlines are short; a longer line without a full stop is still prose (a pasted paragraph). */
const MAX_HEADLINE_WORDS = 30;

const PROSE_ENDS = new Set(['.', ':', '?', '!', '…', '’', ')']);

export type LineVerdict = 'prose' | 'furniture' | 'stop';

export function classifyLine(text: string, p: Paragraph): LineVerdict {
  const line = text.slice(p.start, p.end).trim().toLowerCase();
  if (STOPS.has(line)) return 'stop';
  if (PREFIXES.some((prefix) => line.startsWith(prefix))) return 'furniture';
  const wordTokens = p.tokens.filter((t) => t.kind === 'word');
  if (wordTokens.length >= MAX_HEADLINE_WORDS) return 'prose';
  const last = p.tokens[p.tokens.length - 1];
  const endsLikeProse = last !== undefined && (PROSE_ENDS.has(last.lower) || last.kind === 'quote');
  if (!endsLikeProse) return 'furniture';
  // A Title Case Line is a site's headline when it trails off in an ellipsis; one closed with a
  // full stop is an article's own headline, which often carries a claim ("X Says ...").
  const previous = p.tokens[p.tokens.length - 2];
  const ellipsis = last.lower === '…' || (last.lower === '.' && previous?.lower === '.');
  const lettered = wordTokens.filter((t) => /^\p{L}/u.test(t.lower));
  const capitals = lettered.filter((t) => t.capital).length;
  if (ellipsis && lettered.length >= 4 && capitals / lettered.length >= 0.8) return 'furniture';
  return 'prose';
}
