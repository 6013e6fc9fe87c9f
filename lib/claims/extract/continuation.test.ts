import { describe, expect, it } from 'vitest';
import { extractClaims } from './extract-claims';
import type { ClaimCandidate, Span } from './types';

// Fictional fixtures: invented people, places and events.
const slice = (text: string, span: Span | null | undefined): string | null => (span ? text.slice(span[0], span[1]) : null);
const byCue = (text: string, cue: string): ClaimCandidate | undefined =>
  extractClaims(text, { language: 'en' }).find((c) => slice(text, c.cue) === cue);
const pieces = (text: string, c: ClaimCandidate | undefined): Array<string | null> =>
  (c?.contentPieces ?? (c ? [c.content] : [])).map((p) => slice(text, p));

describe('quotations that run on into the next paragraph', () => {
  it('follows a quotation left open at the end of its paragraph', () => {
    const text = 'Mara Voss said the ferry would run again, adding: "The hull is sound. The crew is ready.\n\n"We sail on Monday."';
    const c = byCue(text, 'adding');
    expect(pieces(text, c)).toEqual(['"The hull is sound. The crew is ready.', '"We sail on Monday."']);
  });

  it('takes the quoted paragraph after `X said:` as the content', () => {
    const text =
      'At the harbor meeting, the pilot Ansel Brook said:\n\n“The channel is too shallow for the new ships.”\n\nThe board voted later.';
    const c = byCue(text, 'said');
    expect(slice(text, c?.content)).toBe('“The channel is too shallow for the new ships.”');
    expect(slice(text, c?.source)).toBe('the pilot Ansel Brook');
  });

  it('drops `X said:` when no quoted paragraph follows', () => {
    const text = 'The harbor master said:\n\nThe board voted later.';
    expect(byCue(text, 'said')).toBeUndefined();
  });

  it('continues a quoting claim with a whole quoted paragraph that follows', () => {
    const text = '“The tolls are too high,” Ilse Moran said.\n\n“Families cannot pay them.”\n\nThe council meets in June.';
    expect(pieces(text, byCue(text, 'said'))).toEqual(['“The tolls are too high,”', '“Families cannot pay them.”']);
  });

  it('does not continue into a paragraph with its own attribution', () => {
    const text = '“The tolls are too high,” Ilse Moran said.\n\n“Families cannot pay them,” she added.';
    expect(pieces(text, byCue(text, 'said'))).toEqual(['“The tolls are too high,”']);
  });
});

describe('quotation marks and sentence ends', () => {
  it('closes a curly quotation with a straight mark', () => {
    const text = '“We will rebuild the bridge," the mayor said. "It will take two years.”';
    const c = byCue(text, 'said');
    expect(pieces(text, c)[0]).toBe('“We will rebuild the bridge,"');
    expect(slice(text, c?.source)).toBe('the mayor');
  });

  it('does not give a cue with its own content the quotation that ended the previous sentence', () => {
    const text = '“That chapter is over.” Reluctantly, the mayor said the plant would close in May.';
    expect(slice(text, byCue(text, 'said')?.content)).toBe('the plant would close in May');
  });

  it('keeps a quoted question and its inverted cue in one sentence', () => {
    const text = '“Who will pay for the bridge?” said Ilse Moran, who chairs the council.';
    expect(slice(text, byCue(text, 'said')?.source)).toBe('Ilse Moran');
  });

  it('does not end a sentence at an abbreviation closing a parenthesis', () => {
    const text = 'Rep. Dana Whitlock (D-Md.), who chairs the panel, said the plant was safe.';
    expect(slice(text, byCue(text, 'said')?.source)).toContain('Dana Whitlock');
  });

  it('takes the words that run into a quotation as content', () => {
    const text = 'The council will pick a site “and it will be the old mill,” Ilse Moran said.';
    expect(slice(text, byCue(text, 'said')?.content)).toBe('The council will pick a site “and it will be the old mill,”');
  });
});

describe('content and source around the cue', () => {
  it('does not mistake a short clause after the cue for a tail', () => {
    const text = 'In an email, the mayor said the plant was safe.';
    expect(slice(text, byCue(text, 'said')?.content)).toBe('the plant was safe');
  });

  it('reads a closing cue whose inverted source has a long apposition', () => {
    const text = 'The plant is safe for now, said Dana Whitlock, a spokeswoman for the utility that runs it near the bay.';
    const c = byCue(text, 'said');
    expect(slice(text, c?.content)).toBe('The plant is safe for now');
    expect(slice(text, c?.source)).toBe('Dana Whitlock');
  });

  it('reads the sentence before a closing "according to"', () => {
    const text = 'The contract covers 300 workers, according to the Harbor Union, which signed it on Friday.';
    const c = byCue(text, 'according to');
    expect(slice(text, c?.content)).toBe('The contract covers 300 workers');
    expect(slice(text, c?.source)).toBe('the Harbor Union');
  });

  it('gives an infinitive or coordinated cue the sentence subject', () => {
    const text = 'The mayor refused to say whether the plant was safe.';
    expect(slice(text, byCue(text, 'say')?.source)).toBe('The mayor');
    const but = 'Ilse Moran praised the plan, but warned that the costs would rise.';
    expect(slice(but, byCue(but, 'warned')?.source)).toBe('Ilse Moran');
  });

  it('takes the agent of a passive cue as the source', () => {
    const text = 'The mayor was asked by a reporter whether the plant was safe.';
    expect(slice(text, byCue(text, 'asked')?.source)).toBe('a reporter');
  });

  it('takes a relative pronoun as the source of its clause', () => {
    const text = 'The board named a new chief, which reported that the audit had found no fraud.';
    expect(slice(text, byCue(text, 'reported')?.source)).toBe('which');
  });

  it('finds the content after an addressee without "that"', () => {
    const text = 'Ilse Moran told reporters she would not run again.';
    expect(slice(text, byCue(text, 'told')?.content)).toBe('she would not run again');
  });
});
