// Turns every cue occurrence in a sentence into a claim candidate (see shapes.ts for the shapes
// tried), plus the headline convention "Name: content".
import { clauseAfter } from './clause';
import { matchCue } from './compiled-lexicon';
import { answersEarlier, citesOutlet, referringPhrase } from './references';
import { attribute } from './shapes';
import { isPronounPhrase } from './source';
import { sourceName } from './source-name';
import { inQuote, isWordAt, lowerAt } from './window';
import type { SentenceWindow, TokenRange } from './window';
import type { Span, Stance } from './types';

export interface RawClaim {
  content: Span;
  source: Span | null;
  cue: Span;
  stance: Stance;
  sourceName: string | null;
  /** The source is a pronoun (or "-nya") whose name comes from an earlier claim. */
  anaphoric: boolean;
  confidence: number;
  /** The content as pieces when words that are not content (the cue) sit inside `content`. */
  pieces?: Span[];
  /** The content is still to come: the quoted paragraph after `X said:` (see continuation.ts). */
  runsOn?: boolean;
  /** How reliably the cue marks an attribution (the lexicon's weight). */
  cueWeight: number;
  /** The content is a quotation. */
  quoted: boolean;
  /** The sentence the cue stands in, for the topic of what is said. */
  sentence: Span;
  /** The source is the outlet a text was taken from, not the speaker ("dilansir dari BBC"). */
  citesOutlet: boolean;
  /** The content points back at an earlier statement ("menolak tuduhan itu"): the referring words. */
  refersBack?: Span;
}

const charSpan = (w: SentenceWindow, [a, b]: TokenRange): Span => [w.tokens[a]?.start ?? 0, w.tokens[b - 1]?.end ?? 0];

/** Names before a colon that opens a sentence: "Graham: Trump's rhetoric is destroying ...". */
const MAX_COLON_SOURCE = 5;

function colonAttribution(w: SentenceWindow): RawClaim | null {
  const first = w.tokens[w.first];
  if (!first?.capital) return null;
  let i = w.first;
  while (i < w.end && i - w.first < MAX_COLON_SOURCE && isWordAt(w, i) && !w.lx.breakers.has(lowerAt(w, i))) i++;
  if (lowerAt(w, i) !== ':' || i === w.first || w.lx.cueIndex.has(lowerAt(w, i - 1))) return null;
  const content = clauseAfter(w, i + 1, w.lx);
  if (!content || content[1] - content[0] < 3) return null;
  const source: TokenRange = [w.first, i];
  return {
    content: charSpan(w, content),
    source: charSpan(w, source),
    cue: charSpan(w, [i, i + 1]),
    stance: 'ASSERTS',
    sourceName: sourceName(w, source),
    anaphoric: false,
    confidence: 0.5,
    cueWeight: 0.5,
    quoted: false,
    sentence: charSpan(w, [w.first, w.end]),
    citesOutlet: false,
  };
}

/** Claim candidates for every cue outside quotations in one sentence. */
export function attributionsIn(w: SentenceWindow): RawClaim[] {
  const claims: RawClaim[] = [];
  const colon = colonAttribution(w);
  if (colon) claims.push(colon);
  for (let i = w.first; i < w.end; i++) {
    if (inQuote(w, i)) continue;
    const m = matchCue(w.lx, w.tokens, i, w.end);
    if (!m) continue;
    i = m.end - 1;
    const parts = attribute(w, m);
    if (!parts) continue;
    const source = parts.suffix ?? (parts.source ? charSpan(w, parts.source) : null);
    const anaphoric = parts.suffix !== undefined || (parts.source !== null && isPronounPhrase(w, parts.source));
    const confidence = m.entry.weight + (parts.quoted ? 0.1 : 0) - (source ? 0 : 0.2);
    const refers = answersEarlier(w, m, parts.content) ? referringPhrase(w, parts.content) : null;
    claims.push({
      content: charSpan(w, parts.content),
      ...(parts.pieces && parts.pieces.length > 1 ? { pieces: parts.pieces.map((p) => charSpan(w, p)) } : {}),
      source,
      cue: charSpan(w, [m.first, m.end]),
      stance: m.entry.stance,
      sourceName: parts.source && !anaphoric ? sourceName(w, parts.source) : null,
      anaphoric,
      confidence: Math.min(1, Math.max(0, confidence)),
      ...(parts.runsOn ? { runsOn: true } : {}),
      cueWeight: m.entry.weight,
      quoted: parts.quoted,
      sentence: charSpan(w, [w.first, w.end]),
      citesOutlet: citesOutlet(w, m, parts.source),
      ...(refers ? { refersBack: charSpan(w, refers) } : {}),
    });
  }
  return claims;
}
