import { describe, expect, it } from 'vitest';
import { CONFIDENT, extractClaims } from './extract-claims';
import type { ClaimCandidate } from './types';

// Fictional fixtures: invented people, places and events.
function claimWithCue(text: string, cue: string): ClaimCandidate {
  const claim = extractClaims(text).find((c) => text.slice(...c.cue) === cue);
  if (!claim) throw new Error(`no claim with cue "${cue}"`);
  return claim;
}

describe('confidence', () => {
  it('is confident for a named source and a full clause (Indonesian and English)', () => {
    const id = claimWithCue('Gubernur Rendra Halim mengatakan, jembatan Sungai Lora akan dibuka pada Mei.', 'mengatakan');
    const en = claimWithCue('"The bridge will open in May," Mayor Dana Whitlock said on Tuesday.', 'said');
    for (const c of [id, en]) {
      expect(c.confident).toBe(true);
      expect(c.confidence).toBeGreaterThanOrEqual(CONFIDENT);
      expect(c.doubts).toEqual([]);
    }
  });

  it('is not confident for a noun phrase without a predicate ("wilayah Lembah Sarit")', () => {
    const text = 'Rendra Halim mengajukan tawaran kepada pemerintah kedua kota yang mengklaim wilayah Lembah Sarit.';
    const c = claimWithCue(text, 'mengklaim');
    expect(text.slice(...c.content)).toBe('wilayah Lembah Sarit');
    expect(c.confident).toBe(false);
    expect(c.doubts).toContain('no-predicate');
  });

  it('is not confident when a media citation cue names the outlet, not the speaker', () => {
    const cases: Array<[string, string]> = [
      ['Rendra Halim menawarkan dialog kepada kedua kota, seperti dilansir dari Harian Arvento pada Kamis.', 'dilansir dari'],
      ['Wali kota Arvento mundur dari jabatannya, seperti dikutip dari Kabar Lora.', 'seperti dikutip dari'],
      ['The mayor cancelled the festival, according to the Harbor Gazette.', 'according to'],
      ['The mayor cancelled the festival, as reported by the Lakeside Courier.', 'as reported by'],
    ];
    for (const [text, cue] of cases) {
      const c = claimWithCue(text, cue);
      expect(c.confident, text).toBe(false);
      expect(c.doubts, text).toContain('cites-outlet');
    }
  });

  it('stays confident for "according to" a person', () => {
    const c = claimWithCue('The mayor cancelled the festival, according to Dana Whitlock, a council member.', 'according to');
    expect(c.doubts).not.toContain('cites-outlet');
    expect(c.confident).toBe(true);
  });

  it('is lower for a pronoun source than for a name, and not confident with no source at all', () => {
    const text = 'Dana Whitlock said the ferry would run all winter. She said the ferry would stop in March.';
    const [named, pronoun] = extractClaims(text);
    expect(named?.confidence).toBeGreaterThan(pronoun?.confidence ?? 1);
    const none = extractClaims('It was announced that the ferry would stop in March.');
    expect(none.length).toBeGreaterThan(0);
    expect(none.every((c) => !c.confident && c.doubts.includes('no-source'))).toBe(true);
    const unresolved = extractClaims('"The ferry will stop in March," she said.');
    expect(unresolved.every((c) => !c.confident && c.doubts.includes('unresolved-pronoun'))).toBe(true);
  });

  it('is not confident when a quotation mark had no partner', () => {
    const c = claimWithCue('Warga menyebut banjir itu «bencana buatan. Bupati Lora mengatakan tanggul sudah diperbaiki.', 'menyebut');
    expect(c.doubts).toContain('unpaired-quote');
    expect(c.confident).toBe(false);
  });

  it('is always a number in [0, 1], and confident exactly at or above the threshold', () => {
    const text = [
      'Kementerian Pertahanan Velmora mengatakan, dua drone Kestria telah menyerang pelabuhan Arvento pada Senin.',
      'Kestria, sekutu lama Dorvia, menolak tuduhan itu sebagai "fitnah belaka".',
      '"Kami hanya punya satu syarat," katanya.',
      'Critics: the plan is a gift to developers.',
    ].join('\n');
    const claims = extractClaims(text);
    expect(claims.length).toBeGreaterThan(2);
    for (const c of claims) {
      expect(c.confidence).toBeGreaterThanOrEqual(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(c.confident).toBe(c.confidence >= CONFIDENT);
    }
  });
});
