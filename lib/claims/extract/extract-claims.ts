// Entry point of the attributed-claim extractor: raw article text in, claim candidates out.
// Pure and synchronous; linear in the length of the text.
import { attributionsIn } from './attribution';
import { compiledLexicon } from './compiled-lexicon';
import { followQuotes } from './continuation';
import { resolveAnaphoricSources } from './coreference';
import { dropDuplicateContent } from './dedupe';
import { classifyLine } from './furniture';
import { detectLanguage } from './language';
import { segment } from './segment';
import type { RawClaim } from './attribution';
import type { ClaimCandidate, ExtractOptions } from './types';

export type { ClaimCandidate, ExtractOptions, Span } from './types';

export function extractClaims(text: string, options: ExtractOptions = {}): ClaimCandidate[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const language = options.language ?? detectLanguage(text);
  const lx = compiledLexicon(language);
  const raw: RawClaim[] = [];
  const paragraphs = segment(text, lx.abbreviations);
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index];
    if (!paragraph) continue;
    const verdict = classifyLine(text, paragraph);
    if (verdict === 'stop') break;
    if (verdict === 'furniture') continue;
    const found: RawClaim[] = [];
    paragraph.sentences.forEach(([first, end], sentence) => {
      found.push(...attributionsIn({ text, paragraph, sentence, tokens: paragraph.tokens, first, end, lx }));
    });
    // One paragraph may hold a whole pasted article: push one by one, not by spreading.
    for (const c of followQuotes(found, text, paragraphs, index)) raw.push(c);
  }
  resolveAnaphoricSources(raw);
  const claims: ClaimCandidate[] = [];
  for (const c of dropDuplicateContent(raw)) {
    if (!inText(c.content, text) || !inText(c.cue, text)) continue;
    claims.push({
      content: c.content,
      ...(c.pieces && c.pieces.every((p) => inText(p, text)) ? { contentPieces: c.pieces } : {}),
      source: c.source && inText(c.source, text) ? c.source : null,
      cue: c.cue,
      stance: c.stance,
      sourceName: c.sourceName,
      confidence: Math.round(c.confidence * 100) / 100,
      language,
    });
  }
  return claims;
}

const inText = ([s, e]: [number, number], text: string): boolean => s >= 0 && s <= e && e <= text.length;
