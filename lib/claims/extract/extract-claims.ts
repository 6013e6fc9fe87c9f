// Entry point of the attributed-claim extractor: raw article text in, claim candidates out.
// Pure and synchronous; linear in the length of the text.
import { linkAnswers } from './answers';
import { attributionsIn } from './attribution';
import { scoreConfidence } from './confidence';
import { compiledLexicon } from './compiled-lexicon';
import { followQuotes } from './continuation';
import { resolveAnaphoricSources } from './coreference';
import { dropDuplicateContent } from './dedupe';
import { classifyLine } from './furniture';
import { detectLanguage } from './language';
import { balancePieces } from './quote-balance';
import { segment } from './segment';
import type { RawClaim } from './attribution';
import type { ClaimCandidate, ExtractOptions } from './types';

export type { ClaimCandidate, ConfidenceDoubt, ExtractOptions, Span } from './types';
export { CONFIDENT } from './confidence';

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
  const kept = dropDuplicateContent(raw).filter((c) => inText(c.content, text) && inText(c.cue, text));
  const answers = linkAnswers(kept, text, lx);
  return kept.map((c, i): ClaimCandidate => {
    const piecesInText = c.pieces && c.pieces.every((p) => inText(p, text)) ? c.pieces : undefined;
    const { pieces, paired } = balancePieces(text, piecesInText ?? [c.content]);
    const source = c.source && inText(c.source, text) ? c.source : null;
    const answered = answers[i] ?? -1;
    const scored = scoreConfidence(
      text,
      {
        cueWeight: c.cueWeight,
        quoted: c.quoted,
        hasSource: source !== null,
        anaphoric: c.anaphoric,
        sourceName: c.sourceName,
        citesOutlet: c.citesOutlet,
        pieces,
        paired,
        refersBack: c.refersBack !== undefined,
        answers: answered,
      },
      lx,
    );
    return {
      content: [pieces[0]?.[0] ?? c.content[0], pieces[pieces.length - 1]?.[1] ?? c.content[1]],
      ...(pieces.length > 1 ? { contentPieces: pieces } : {}),
      source,
      cue: c.cue,
      stance: c.stance,
      sourceName: c.sourceName,
      ...scored,
      ...(answered !== -1 ? { answers: answered } : {}),
      language,
    };
  });
}

const inText = ([s, e]: [number, number], text: string): boolean => s >= 0 && s <= e && e <= text.length;
