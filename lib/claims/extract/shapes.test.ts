import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';
import type { ClaimCandidate, Span } from './types';

// Fictional fixtures: invented people, places and events.
const slice = (text: string, span: Span | null | undefined): string | null => (span ? text.slice(span[0], span[1]) : null);
const byCue = (text: string, cue: string): ClaimCandidate | undefined => extractClaims(text).find((c) => slice(text, c.cue) === cue);

describe('content pieces', () => {
  it('gives a quotation resumed after its cue as two pieces that skip the cue', () => {
    const text = '“The fund is empty,” the treasurer said. “We will need a loan by June.”';
    const c = byCue(text, 'said');
    expect(slice(text, c?.content)).toBe(text);
    expect(c?.contentPieces?.map((p) => slice(text, p))).toEqual(['“The fund is empty,”', '“We will need a loan by June.”']);
  });

  it('resumes a quotation after a few words of setting', () => {
    const text = '"The pier is safe," Ravi Tamsin told the Harbor Gazette on Friday, "and it will stay open."';
    const pieces = byCue(text, 'told')?.contentPieces?.map((p) => slice(text, p));
    expect(pieces).toEqual(['"The pier is safe,"', '"and it will stay open."']);
  });

  it('leaves one-piece content without pieces', () => {
    const text = 'The port authority said that repairs would cost more than planned.';
    expect(byCue(text, 'said')?.contentPieces).toBeUndefined();
  });

  it('splits content around a parenthetical cue', () => {
    const text = 'The old plant on the river, the chief engineer said, is under pressure.';
    const c = byCue(text, 'said');
    expect(c?.contentPieces?.map((p) => slice(text, p))).toEqual(['The old plant on the river', 'is under pressure']);
  });

  it('keeps the subject of a raising cue as content, with no source', () => {
    const text = 'The ferry plan seemed to stall after the vote.';
    const c = byCue(text, 'seemed');
    expect(c?.contentPieces?.map((p) => slice(text, p))[0]).toBe('The ferry plan');
    expect(c?.source).toBeNull();
  });
});

describe('more shapes', () => {
  it('takes a quotation before a long apposition and its cue', () => {
    const text = '“We never saw the invoices,” Lena Varga, a former auditor for the harbor board and an adviser to the council, said.';
    const c = byCue(text, 'said');
    expect(slice(text, c?.content)).toBe('“We never saw the invoices,”');
    expect(c?.sourceName).toBe('Lena Varga');
  });

  it('reads a long fronted "according to" source up to its comma', () => {
    const text =
      'According to early results of a survey conducted for the Lakeside Courier by a local firm, most residents oppose the toll.';
    const c = byCue(text, 'According to');
    expect(slice(text, c?.content)).toBe('most residents oppose the toll');
    expect(slice(text, c?.source)).toContain('early results of a survey');
  });

  it('skips a time adjunct between "said" and "that"', () => {
    const text = 'Mayor Dana Whitlock said on Tuesday that the bridge would reopen.';
    expect(slice(text, byCue(text, 'said')?.content)).toBe('that the bridge would reopen');
  });

  it('finds the source across an adverb ending in -ly', () => {
    const text = 'The company vigorously denied that it had polluted the river.';
    expect(slice(text, byCue(text, 'denied')?.source)).toBe('The company');
  });

  it('reads a noun cue with a possessive source', () => {
    const text = 'Residents laughed at his claim that the water was clean.';
    const c = byCue(text, 'claim that');
    expect(slice(text, c?.content)).toBe('that the water was clean');
    expect(slice(text, c?.source)).toBe('his');
  });

  it('reads an article headline closed by a full stop', () => {
    const text = 'Harbor Chief Says Cranes Will Be Replaced By Spring.\n\nThe storm damaged two cranes.';
    const c = byCue(text, 'Says');
    expect(slice(text, c?.content)).toBe('Cranes Will Be Replaced By Spring');
    expect(slice(text, c?.source)).toBe('Harbor Chief');
  });

  it('still skips a title-case site headline that trails off in an ellipsis', () => {
    const text = 'Harbor Chief Says Cranes Will Be Replaced…\n\nThe storm damaged two cranes.';
    expect(extractClaims(text)).toEqual([]);
  });
});
